/**
 * The backward pass of the explanation graph: each node's vector–Jacobian product written out, so that
 * an input gradient costs one forward and one backward pass over the stored activations — no autodiff
 * tape, no weight gradients, and every activation freed as soon as the pass has gone below it.
 *
 * The products are those of tfjs' own gradients (relu'(0) = 0, relu6' = 1 on (0, 6], batch norm's
 * γ/√(var+ε)), except where xai-lab's forward semantics differ on purpose: max pooling routes to the
 * first maximum of each window and average pooling divides by each window's in-image count (pooling.ts).
 */
import * as tf from "@tensorflow/tfjs";
import { applyActivation } from "./activations";
import type { Graph, GraphNode } from "./graph";
import { linearAdjoint } from "./linearMaps";
import { avgPoolAdjoint, globalMaxRoute, maxPoolRoute } from "./pooling";
import { timed } from "./profile";

/**
 * The gradient reaching each input of `node`, given the gradient `g` at its output, its inputs'
 * activations `inputs` and its own output `out`. Call inside `tf.tidy`.
 */
export function backwardNode(graph: Graph, node: GraphNode, inputs: readonly tf.Tensor[], g: tf.Tensor): tf.Tensor[] {
  const x = inputs[0]!;
  switch (node.kind) {
    case "input":
    case "identity":
      return [g];
    case "dense":
    case "conv2d":
    case "depthwiseConv2d":
      if (node.activation !== "linear") throw new Error(`internal: backward through the fused activation of '${node.name}' (canonize first)`);
      return [linearAdjoint(graph, node, g, node.kernel, `${node.id}:kernel`, x.shape)];
    case "activation":
      return [activationBackward(node.activation, node.alpha, x, g)];
    case "maxPool2d":
      return [maxPoolRoute(x as tf.Tensor4D, g as tf.Tensor4D, node.window)];
    case "avgPool2d":
      return [avgPoolAdjoint(g as tf.Tensor4D, x.shape, node.window)];
    case "globalAvgPool2d": {
      const [, h, w, c] = x.shape as [number, number, number, number];
      return [tf.broadcastTo(tf.reshape(tf.div(g, h * w), [-1, 1, 1, c]), x.shape)];
    }
    case "globalMaxPool2d":
      return [globalMaxRoute(x as tf.Tensor4D, g as tf.Tensor2D)];
    case "flatten":
    case "reshape":
      return [tf.reshape(g, x.shape)];
    case "batchNorm": {
      const scale = tf.rsqrt(tf.add(node.movingVariance, node.epsilon));
      return [tf.mul(g, node.gamma ? tf.mul(scale, node.gamma) : scale)];
    }
    case "add":
      return inputs.map(() => g);
    case "concatenate":
      return tf.split(
        g,
        inputs.map((t) => t.shape[node.axis]!),
        node.axis,
      );
    case "zeroPadding2d": {
      const [h, w] = [x.shape[1]!, x.shape[2]!];
      return [tf.slice(g, [0, node.pad[0][0], node.pad[1][0], 0], [-1, h, w, -1])];
    }
  }
}

/**
 * ∂⟨out, seed⟩/∂x through the whole graph, given the stored activations `acts` of a forward pass
 * (which it frees as it goes, all but the input and the output). Call inside `tf.tidy`.
 */
export function backward(graph: Graph, acts: tf.Tensor[], seed: tf.Tensor): tf.Tensor {
  const grads: (tf.Tensor | undefined)[] = graph.nodes.map(() => undefined);
  const free = releasable(acts, graph.output);
  grads[graph.output] = seed;
  for (let id = graph.output; id > 0; id--) {
    const node = graph.nodes[id]!;
    const g = grads[id];
    if (g) {
      const back = timed("backward", id, () =>
        backwardNode(
          graph,
          node,
          node.inputs.map((i) => acts[i]!),
          g,
        ),
      );
      node.inputs.forEach((i, k) => {
        const prev = grads[i];
        grads[i] = prev ? tf.add(prev, back[k]!) : back[k]!;
      });
      grads[id] = undefined;
      // Add and identity hand the same tensor to several inputs: free it only when nobody holds it.
      if (g !== seed && !grads.includes(g)) g.dispose();
    }
    if (free[id]) acts[id]!.dispose();
    graph.cache.release();
  }
  return grads[0] ?? tf.zerosLike(acts[0]!);
}

/**
 * Which activations a backward pass may free once it has passed their node: all but the input and the
 * output, and only at the first node that produced the tensor (identity nodes hand on the same tensor,
 * which earlier nodes still need). Every consumer of a node has a larger id, so it is done by then.
 */
export function releasable(acts: readonly tf.Tensor[], output: number): boolean[] {
  const first = new Map<tf.Tensor, number>();
  acts.forEach((t, id) => {
    if (!first.has(t)) first.set(t, id);
  });
  const keep = new Set([acts[0], acts[output]]);
  return acts.map((t, id) => first.get(t) === id && !keep.has(t));
}

function activationBackward(name: string, alpha: number, x: tf.Tensor, g: tf.Tensor): tf.Tensor {
  switch (name) {
    case "linear":
      return g;
    case "relu":
      return tf.mul(g, tf.step(x));
    case "relu6":
      return tf.mul(g, tf.mul(tf.step(x), tf.cast(tf.lessEqual(x, 6), "float32")));
    default:
      // Element-wise and cheap: tfjs' own derivative of the same op keeps its conventions.
      return tf.grad((t: tf.Tensor) => applyActivation(name, t, alpha))(x, g);
  }
}
