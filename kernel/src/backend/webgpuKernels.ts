/**
 * Corrections of @tensorflow/tfjs-backend-webgpu 4.22 kernels that give wrong numbers on Dawn. Each of
 * these shaders fails Dawn's WGSL validation; Dawn prints the validation error and the op returns
 * whatever its output buffer held (zeros, or another tensor's bits) — no exception. Found by comparing
 * every op xai-lab uses, on int32 and float32, with the cpu backend (kernel/test/backend.webgpu.test.ts):
 *
 * - Transpose of an int32 or bool tensor, or of one cast from int32 to float32 (tfjs's Cast only
 *   relabels the int32 buffer): the shader copies i32 values into an f32 output ("type mismatch in call
 *   to setOutputAtIndex"). Only the 2-D [1, 0] case has a shader of its own that works.
 * - Binary ops whose output has rank 5 or 6 when one input is a vector of fewer than 128 values: the
 *   shared-memory path indexes `coords[k]`, which WGSL cannot do on tfjs's vec5/vec6 structs.
 * - PadV2, MirrorPad and (strided) StridedSlice of rank 5 or 6: the same indexing of a vec5/vec6 struct.
 * - UnsortedSegmentSum of int32 values.
 * - AddN of more than 7 tensors: one storage buffer per input and one for the output exceed the 8 a
 *   shader stage may bind by default (Dawn says so on stderr; the result is zeros).
 *
 * Each is routed around the broken shader with kernels that work: int32 through float32 (exact for
 * |v| ≤ 2²⁴, which covers indices and counts), a vector operand as a [1, n] matrix (the same broadcast,
 * on the general path), a rank-5/6 pad or strided slice as one rank-3 step per axis that changes,
 * [before, axis, after] (padding and striding are separable by axis), and AddN in groups of 7.
 */
import * as tf from "@tensorflow/tfjs";

/** The binary kernels tfjs-backend-webgpu runs with its BinaryOpProgram (inputs `a` and `b`). */
const BINARY_KERNELS = [
  "Add",
  "Sub",
  "Multiply",
  "RealDiv",
  "FloorDiv",
  "Maximum",
  "Minimum",
  "Pow",
  "SquaredDifference",
  "Mod",
  "Atan2",
  "Equal",
  "NotEqual",
  "Greater",
  "GreaterEqual",
  "Less",
  "LessEqual",
  "LogicalAnd",
  "LogicalOr",
];
/** BinaryOpProgram's shared-memory path: a vector operand shorter than this, the other of rank > 1. */
const SHARED_MEMORY_LIMIT = 128;
/** The rank from which tfjs-backend-webgpu's shaders use structs for coordinates (vec5, vec6). */
const HIGH_RANK = 5;

type KernelFunc = tf.KernelConfig["kernelFunc"];
type Info = tf.TensorInfo;
interface Backend {
  disposeData(dataId: object): boolean;
}
interface WebgpuBackend {
  tensorMap: { get(dataId: object): { dtype: string } | undefined };
  makeTensorInfo(shape: number[], dtype: string, values: Float32Array): Info;
}

let corrected = false;

/** Replaces the broken kernels of the webgpu backend (once per process, after it registered them). */
export function correctWebgpuKernels(): void {
  if (corrected) return;
  corrected = true;
  for (const name of BINARY_KERNELS) replace(name, binaryOnGeneralPath);
  replace("Transpose", intThroughFloat);
  replace("UnsortedSegmentSum", intThroughFloat);
  replace("PadV2", (original) => padByAxis(original, "PadV2"));
  replace("MirrorPad", (original) => padByAxis(original, "MirrorPad"));
  replace("StridedSlice", stridedSliceByAxis);
  replace("AddN", addNInGroups);
}

/** The most tensors one AddN shader adds: with its output, the 8 storage buffers a stage may bind. */
const ADDN_INPUTS = 7;

/** AddN of many tensors as AddN of groups of at most 7, then of the groups' sums. */
function addNInGroups(original: KernelFunc): KernelFunc {
  return (args) => {
    const inputs = args.inputs as unknown as Info[];
    if (inputs.length <= ADDN_INPUTS) return original(args);
    const backend = args.backend as unknown as Backend;
    const sums: Info[] = [];
    try {
      for (let i = 0; i < inputs.length; i += ADDN_INPUTS) {
        const group = inputs.slice(i, i + ADDN_INPUTS);
        sums.push(group.length === 1 ? group[0]! : (addNInGroups(original)({ ...args, inputs: group as unknown as tf.NamedTensorInfoMap }) as Info));
      }
      return addNInGroups(original)({ ...args, inputs: sums as unknown as tf.NamedTensorInfoMap });
    } finally {
      for (const t of sums) if (!inputs.includes(t)) backend.disposeData(t.dataId);
    }
  };
}

function replace(name: string, wrap: (original: KernelFunc) => KernelFunc): void {
  const config = tf.getKernel(name, "webgpu");
  if (!config) return;
  tf.unregisterKernel(name, "webgpu");
  tf.registerKernel({ ...config, kernelFunc: wrap(config.kernelFunc) });
}

/** A binary op with a short vector operand and an output of rank ≥ 5 gets the vector as [1, n]. */
function binaryOnGeneralPath(original: KernelFunc): KernelFunc {
  return (args) => {
    const { a, b } = args.inputs as { a: Info; b: Info };
    const rank = Math.max(a.shape.length, b.shape.length);
    const shortVector = (t: Info, other: Info) => t.shape.length === 1 && other.shape.length > 1 && t.shape[0]! < SHARED_MEMORY_LIMIT;
    if (rank < HIGH_RANK || !(shortVector(a, b) || shortVector(b, a))) return original(args);
    const backend = args.backend as unknown as Backend;
    const made: Info[] = [];
    const asMatrix = (t: Info, other: Info): Info => {
      if (!shortVector(t, other)) return t;
      const m = run("Reshape", { x: t }, args.backend, { shape: [1, t.shape[0]!] });
      made.push(m);
      return m;
    };
    try {
      return original({ ...args, inputs: { a: asMatrix(a, b), b: asMatrix(b, a) } });
    } finally {
      for (const t of made) backend.disposeData(t.dataId);
    }
  };
}

/**
 * A kernel whose int32/bool input `x` goes through float32, and its result back to that dtype. The
 * float32 copy is made by a multiplication: tfjs's Cast to float32 only relabels an int32 buffer, which
 * is what confuses the Transpose shader in the first place.
 */
function intThroughFloat(original: KernelFunc): KernelFunc {
  return (args) => {
    const x = (args.inputs as { x: Info }).x;
    const backend = args.backend as unknown as Backend & WebgpuBackend;
    // The dtype of the buffer, which a Cast to float32 does not change.
    const stored = backend.tensorMap.get(x.dataId)?.dtype ?? x.dtype;
    if (stored !== "int32" && stored !== "bool") return original(args);
    const made: Info[] = [];
    const keep = (t: Info | Info[]): Info => {
      const info = Array.isArray(t) ? t[0]! : t;
      made.push(info);
      return info;
    };
    try {
      const relabelled = keep(run("Cast", { x }, args.backend, { dtype: "float32" }));
      const one = keep(backend.makeTensorInfo([], "float32", Float32Array.of(1)));
      const asFloat = keep(run("Multiply", { a: relabelled, b: one }, args.backend, {}));
      const out = keep(original({ ...args, inputs: { ...args.inputs, x: asFloat } }));
      return run("Cast", { x: out }, args.backend, { dtype: x.dtype });
    } finally {
      for (const t of made) backend.disposeData(t.dataId);
    }
  };
}

/** Rank-5/6 padding, one rank-3 pad per padded axis (the same kernel, on its working path). */
function padByAxis(original: KernelFunc, name: string): KernelFunc {
  return (args) => {
    const x = (args.inputs as { x: Info }).x;
    const paddings = args.attrs?.["paddings"] as [number, number][];
    if (x.shape.length < HIGH_RANK) return original(args);
    return byAxis(x, args.backend, name, (axis) => {
      const [before, after] = paddings[axis]!;
      return before === 0 && after === 0
        ? null
        : (view) =>
            original({
              ...args,
              inputs: { x: view },
              attrs: {
                ...args.attrs,
                paddings: [
                  [0, 0],
                  [before, after],
                  [0, 0],
                ],
              },
            });
    });
  };
}

/** A rank-5/6 strided slice that is not a plain slice, one rank-3 strided slice per axis that changes. */
function stridedSliceByAxis(original: KernelFunc): KernelFunc {
  return (args) => {
    const x = (args.inputs as { x: Info }).x;
    const a = args.attrs as {
      begin: number[];
      end: number[];
      strides: number[];
      beginMask: number;
      endMask: number;
      ellipsisMask: number;
      newAxisMask: number;
      shrinkAxisMask: number;
    };
    if (x.shape.length < HIGH_RANK) return original(args);
    const info = tf.slice_util.sliceInfo(x.shape, a.begin, a.end, a.strides, a.beginMask, a.endMask, a.ellipsisMask, a.newAxisMask, a.shrinkAxisMask);
    if (info.isIdentity || info.sliceDim0 || info.isSimpleSlice || info.begin.length !== x.shape.length) return original(args);
    const sizes = tf.slice_util.computeOutShape(info.begin, info.end, info.strides);
    const sliced = byAxis(x, args.backend, "StridedSlice", (axis) => {
      const [b, n, st] = [info.begin[axis]!, sizes[axis]!, info.strides[axis]!];
      if (b === 0 && st === 1 && n === x.shape[axis]) return null;
      const stop = b + n * st;
      // A negative stride that runs to the start ends "before 0", which only the end mask can say.
      const endMask = stop < 0 ? 0b010 : 0;
      return (view) => {
        const attrs = {
          begin: [0, b, 0],
          end: [view.shape[0]!, stop, view.shape[2]!],
          strides: [1, st, 1],
          beginMask: 0,
          endMask,
          ellipsisMask: 0,
          newAxisMask: 0,
          shrinkAxisMask: 0,
        };
        return original({ ...args, inputs: { x: view }, attrs });
      };
    });
    const out = run("Reshape", { x: sliced }, args.backend, { shape: info.finalShape });
    (args.backend as unknown as Backend).disposeData(sliced.dataId);
    return out;
  };
}

/**
 * Changes `x` axis by axis: `plan(axis)` gives, for an axis that changes, a kernel call on the rank-3 view
 * [before, axis, after] of the current tensor (null where the axis stays). Returns a tensor of the same
 * rank (the caller's to free); every intermediate tensor and view is freed.
 */
function byAxis(x: Info, backendArg: unknown, name: string, plan: (axis: number) => ((view: Info) => Info | Info[]) | null): Info {
  const backend = backendArg as Backend;
  let current = x;
  let shape = [...x.shape];
  const free = (t: Info) => {
    if (t !== x) backend.disposeData(t.dataId);
  };
  try {
    for (let axis = 0; axis < shape.length; axis++) {
      const call = plan(axis);
      if (!call) continue;
      const product = (dims: number[]) => dims.reduce((p, d) => p * d, 1);
      const view = run("Reshape", { x: current }, backendArg, { shape: [product(shape.slice(0, axis)), shape[axis]!, product(shape.slice(axis + 1))] });
      let next: Info;
      try {
        const result = call(view);
        next = Array.isArray(result) ? result[0]! : result;
      } finally {
        backend.disposeData(view.dataId);
      }
      shape = [...shape.slice(0, axis), next.shape[1]!, ...shape.slice(axis + 1)];
      const reshaped = run("Reshape", { x: next }, backendArg, { shape });
      backend.disposeData(next.dataId);
      free(current);
      current = reshaped;
    }
    return current === x ? run("Reshape", { x }, backendArg, { shape: x.shape }) : current;
  } catch (e) {
    free(current);
    throw new Error(`${name} of rank ${x.shape.length} on webgpu: ${(e as Error).message}`);
  }
}

function run(name: string, inputs: tf.NamedTensorInfoMap, backend: unknown, attrs: tf.NamedAttrMap): Info {
  const out = tf.getKernel(name, "webgpu")!.kernelFunc({ inputs, backend: backend as tf.KernelBackend, attrs });
  return Array.isArray(out) ? out[0]! : out;
}
