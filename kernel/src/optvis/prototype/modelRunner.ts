/**
 * The classifier as the loop sees it: the xai-lab graph of the model with fused activations split and
 * a final softmax dropped, so that the class score is the logit and every layer's output (after its
 * activation) can be read by name. The user's model is not run or changed.
 */
import type * as tf from "@tensorflow/tfjs";
import { dropSoftmax, splitActivations } from "../../canonizers";
import { check } from "../../errors";
import { forward } from "../../graph/forward";
import { graphFromModel } from "../../graph/fromModel";
import { disposeGraph, type Graph } from "../../graph/graph";
import type { ModelInfo } from "../objectives/objective";

/** The outputs of one forward pass, computed when first asked for. */
export interface ModelOutputs {
  logits(): tf.Tensor;
  layer(name: string): tf.Tensor;
}

export class ModelRunner {
  readonly info: ModelInfo;
  private readonly nodeOfLayer: Map<string, number>;

  private constructor(
    private readonly graph: Graph,
    removedSoftmax: string | null,
  ) {
    const last = new Map<number, number>();
    for (const node of graph.nodes) if (node.layerIndex >= 0 || node.kind === "input") last.set(node.layerIndex, node.id);
    this.nodeOfLayer = new Map();
    const layers = new Map<string, readonly (number | null)[]>();
    for (const node of graph.nodes) {
      // The node that keeps a layer's own name starts its group; the group's last node is the layer output.
      const id = last.get(node.layerIndex);
      if (id === undefined || this.nodeOfLayer.has(node.name) || node.name.includes("/")) continue;
      this.nodeOfLayer.set(node.name, id);
      layers.set(node.name, graph.nodes[id]!.outputShape);
    }
    const out = graph.nodes[graph.output]!.outputShape;
    check(
      out.length === 2 && typeof out[1] === "number",
      `the model output has shape [${out.map((d) => d ?? "batch").join(", ")}]; prototypes need outputs of shape [batch, classes]`,
    );
    const inputShape = graph.inputShape.slice(1);
    check(
      inputShape.every((d) => typeof d === "number"),
      `the model input shape [${graph.inputShape.map((d) => d ?? "batch").join(", ")}] must be fully defined (but for the batch)`,
    );
    this.info = { classes: out[1] as number, layers, inputShape: inputShape as number[], removedSoftmax };
  }

  /** Reads `model` into a graph (the caller disposes the runner). */
  static from(model: tf.LayersModel): ModelRunner {
    const raw = graphFromModel(model);
    try {
      const split = splitActivations().apply(raw);
      const graph = dropSoftmax().apply(split);
      // A separate Softmax layer that was dropped can no longer be read by name; say why.
      const last = split.nodes[split.output]!;
      const removed = graph !== split && !last.name.includes("/") ? last.name : null;
      return new ModelRunner(graph, removed);
    } catch (e) {
      disposeGraph(raw);
      throw e;
    }
  }

  /** Lazily evaluated outputs for the batch `x`; use inside a tidy scope or gradient tape. */
  run(x: tf.Tensor): ModelOutputs {
    let outs: tf.Tensor[] | null = null;
    const all = (): tf.Tensor[] => (outs ??= forward(this.graph, x, { differentiable: true }));
    return {
      logits: () => all()[this.graph.output]!,
      layer: (name) => {
        const id = this.nodeOfLayer.get(name);
        check(id !== undefined, () => `the model has no layer '${name}'; layers: ${[...this.nodeOfLayer.keys()].join(", ")}`);
        return all()[id]!;
      },
    };
  }

  dispose(): void {
    disposeGraph(this.graph);
  }
}
