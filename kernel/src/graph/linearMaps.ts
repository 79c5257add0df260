/**
 * The two maps of a dense or convolutional layer that every method is made of: the forward map
 * `x ↦ xW (+ b)` and its adjoint `s ↦ Wᵀs` (the input gradient of ⟨xW, s⟩). Each runs in the form that
 * is fastest on the current backend and keeps no more copies of the weights than it must.
 *
 * Why the forms differ by backend: on wasm, XNNPACK keeps a packed copy of every matrix used as the
 * right operand of a product (411 MB for VGG-16's first dense layer), and tfjs' transposed products
 * and transposed convolutions there are plain loops. So on wasm the dense adjoint multiplies with the
 * weight matrix as the left operand — `(W sᵀ)ᵀ`, nothing packed, 10× faster than `s Wᵀ` — and
 * convolution adjoints run as forward correlations with flipped kernels (convAdjoint.ts), cached in the
 * graph's weight cache under `kernelKey`.
 */
import * as tf from "@tensorflow/tfjs";
import { conv2dAdjoint, depthwiseAdjoint, flipDepthwiseKernel, flipKernel, preferForwardAdjoint } from "./convAdjoint";
import { cached, type Graph, type LinearNode } from "./graph";

/**
 * A large dense kernel under a rule's modifier, never held whole: made one block of columns at a time as
 * a map needs it and freed at once. VGG-16's first dense layer is 411 MB: its w⁺ and w⁻, with the packed
 * copy the wasm backend makes of every right operand, would be 1.6 GB; in blocks they are 2 × 16 MB.
 */
export interface KernelBlocks {
  readonly base: tf.Tensor2D;
  readonly modify: (w: tf.Tensor) => tf.Tensor;
  /** Bytes of one block (at least one column). */
  readonly blockBytes: number;
}

/**
 * How a dense kernel under a modifier is held: whole (and cached) up to 64 MB, else in blocks of 16 MB.
 * The size is absolute, not the cache budget's share, so that evicting never changes a number: blocks
 * sum a product in another order than the whole kernel does on some backends (webgpu).
 */
export function denseBlocking(kernel: tf.Tensor2D): { blockBytes: number } | null {
  return kernel.size * 4 > blocking.large ? { blockBytes: blocking.block } : null;
}

/** For tests: block dense kernels above `large` bytes, `block` bytes at a time (no arguments: the defaults). */
export function setDenseBlockingForTesting(large = DEFAULT_BLOCKING.large, block = DEFAULT_BLOCKING.block): void {
  blocking = { large, block };
}

const DEFAULT_BLOCKING = { large: 64 * 2 ** 20, block: 16 * 2 ** 20 };
let blocking = DEFAULT_BLOCKING;

function isBlocks(k: tf.Tensor | KernelBlocks): k is KernelBlocks {
  return !(k instanceof tf.Tensor);
}

/**
 * A linear layer's map `x ↦ xW (+ b)` with the given (possibly rule-modified) kernel and bias. The bias
 * is added inside the product (tfjs' fused ops, as the model's own layers do), saving one pass over
 * the output.
 */
export function linearForward(node: LinearNode, x: tf.Tensor, kernel: tf.Tensor | KernelBlocks, bias: tf.Tensor | null): tf.Tensor {
  const b = bias ?? undefined;
  if (isBlocks(kernel)) {
    const outs = blocksOf(kernel).map(([start, width]) => withBlock(kernel, start, width, (k) => denseMatMul(x, k, b && tf.slice(b, start, width))));
    return tf.concat(outs, -1);
  }
  switch (node.kind) {
    case "dense":
      return denseMatMul(x, kernel as tf.Tensor2D, b);
    case "conv2d":
      return tf.fused.conv2d({
        x: x as tf.Tensor4D,
        filter: kernel as tf.Tensor4D,
        strides: node.window.strides as [number, number],
        pad: node.window.padding,
        bias: b,
      });
    case "depthwiseConv2d":
      return tf.fused.depthwiseConv2d({
        x: x as tf.Tensor4D,
        filter: kernel as tf.Tensor4D,
        strides: node.window.strides as [number, number],
        pad: node.window.padding,
        bias: b,
      });
  }
}

/**
 * `Wᵀs`: the adjoint of the layer's linear map with `kernel`, from the output side back to an input of
 * shape `xShape`. `kernelKey` names the kernel in the graph's cache (its flipped form is cached under it).
 */
export function linearAdjoint(
  graph: Graph,
  node: LinearNode,
  s: tf.Tensor,
  kernel: tf.Tensor | KernelBlocks,
  kernelKey: string,
  xShape: readonly number[],
): tf.Tensor {
  if (isBlocks(kernel)) {
    const flat = tf.reshape(s, [-1, s.shape[s.rank - 1]!]) as tf.Tensor2D;
    const parts = blocksOf(kernel).map(([start, width]) => withBlock(kernel, start, width, (k) => denseAdjoint(tf.slice(flat, [0, start], [-1, width]), k)));
    return tf.reshape(tf.addN(parts), xShape as number[]);
  }
  switch (node.kind) {
    case "dense": {
      const flat = s.rank === 2 ? (s as tf.Tensor2D) : (tf.reshape(s, [-1, s.shape[s.rank - 1]!]) as tf.Tensor2D);
      const back = denseAdjoint(flat, kernel as tf.Tensor2D);
      return s.rank === 2 ? back : tf.reshape(back, xShape as number[]);
    }
    case "conv2d": {
      const shape4 = xShape as [number, number, number, number];
      const { strides, padding } = node.window;
      if (!preferForwardAdjoint()) return tf.conv2dTranspose(s as tf.Tensor4D, kernel as tf.Tensor4D, shape4, strides as [number, number], padding);
      const k4 = kernel as tf.Tensor4D;
      const flipped = cached(graph, `${kernelKey}:flip`, () => flipKernel(k4, strides));
      return conv2dAdjoint(s as tf.Tensor4D, flipped, shape4, strides, padding, [k4.shape[0], k4.shape[1]]);
    }
    case "depthwiseConv2d": {
      // No backend has a fast depthwise input gradient for every geometry; the correlation form runs on all.
      const flipped = cached(graph, `${kernelKey}:flip`, () => flipDepthwiseKernel(kernel as tf.Tensor4D));
      return depthwiseAdjoint(s as tf.Tensor4D, flipped, xShape as [number, number, number, number], node.window.strides, node.window.padding);
    }
  }
}

/**
 * The layer's forward map on the model's own weights, differentiable by tfjs' autodiff (activation
 * maximisation takes gradients through the graph) with the adjoint above as its input gradient. Only
 * the input gradient is defined: xai-lab never differentiates weights.
 */
export function differentiableForward(graph: Graph, node: LinearNode, x: tf.Tensor): tf.Tensor {
  const op = tf.customGrad(((input: tf.Tensor) => ({
    value: linearForward(node, input, node.kernel, node.bias),
    gradFunc: (dy: tf.Tensor) => linearAdjoint(graph, node, dy, node.kernel, `${node.id}:kernel`, input.shape),
  })) as unknown as Parameters<typeof tf.customGrad>[0]);
  return op(x) as tf.Tensor;
}

/** `s Kᵀ` for a dense kernel K, in the form that packs nothing on wasm. */
function denseAdjoint(s: tf.Tensor2D, kernel: tf.Tensor2D): tf.Tensor2D {
  return preferForwardAdjoint() ? (tf.transpose(tf.matMul(kernel, s, false, true)) as tf.Tensor2D) : tf.matMul(s, kernel, false, true);
}

/** [start, width] of each block of columns of a blocked kernel. */
function blocksOf(k: KernelBlocks): [number, number][] {
  const [rows, cols] = k.base.shape;
  const width = Math.max(1, Math.floor(k.blockBytes / (4 * rows)));
  const out: [number, number][] = [];
  for (let start = 0; start < cols; start += width) out.push([start, Math.min(width, cols - start)]);
  return out;
}

/**
 * `use` applied to one block of the modified kernel. On backends that compute as they are called (wasm,
 * cpu) the block is freed right after, with the packed copy the backend made of it; on others (webgpu)
 * the work is only queued, and the block lives until the caller's tidy scope ends.
 */
function withBlock<T extends tf.Tensor>(k: KernelBlocks, start: number, width: number, use: (block: tf.Tensor2D) => T): T {
  const block = tf.tidy(() => k.modify(columns(k.base, start, width))) as tf.Tensor2D;
  const out = use(block);
  if (["wasm", "cpu"].includes(tf.getBackend())) block.dispose();
  return out;
}

/**
 * Columns [start, start + width) of `base`. On wasm, tfjs's slice reads the whole tensor out of the heap
 * first (411 MB for VGG-16's fc1, a quarter of a second per block, 32 s per explanation with αβ); the
 * block is copied here from a view of the heap, row by row.
 */
function columns(base: tf.Tensor2D, start: number, width: number): tf.Tensor2D {
  const backend = tf.backend() as unknown as { typedArrayFromHeap?: (t: tf.Tensor) => Float32Array };
  if (tf.getBackend() !== "wasm" || base.dtype !== "float32" || typeof backend.typedArrayFromHeap !== "function")
    return tf.slice(base, [0, start], [-1, width]);
  const [rows, cols] = base.shape;
  const heap = backend.typedArrayFromHeap(base);
  const out = new Float32Array(rows * width);
  for (let r = 0; r < rows; r++) out.set(heap.subarray(r * cols + start, r * cols + start + width), r * width);
  // The copy is made before the tensor is: allocating it may grow the heap, which detaches `heap`.
  return tf.tensor2d(out, [rows, width]);
}

/** Dense on inputs of any rank: the kernel acts on the last axis, as in Keras. */
function denseMatMul(x: tf.Tensor, kernel: tf.Tensor2D, bias: tf.Tensor | undefined): tf.Tensor {
  if (x.rank === 2) return tf.fused.matMul({ a: x as tf.Tensor2D, b: kernel, bias });
  const lead = x.shape.slice(0, -1);
  const flat = tf.reshape(x, [-1, x.shape[x.rank - 1]!]) as tf.Tensor2D;
  return tf.reshape(tf.fused.matMul({ a: flat, b: kernel, bias }), [...lead, kernel.shape[1]]);
}
