/**
 * A topology may not ask for more weights than its files hold. TensorFlow.js builds every layer (and fills
 * its weights by the layer's initializers) before the weights are loaded, so a 1 KB model.json declaring a
 * Dense layer of 6e7 units would allocate gigabytes first and fail only afterwards. Here every initializer
 * of the topology is replaced by a budgeted one: it hands out zeros (the loaded weights overwrite them)
 * while the weights asked for so far fit in the values the weight files hold, and throws an XaiError that
 * names the layer before allocating anything that does not fit.
 */
import * as tf from "@tensorflow/tfjs";
import { XaiError } from "../errors";

/** The class name the budgeted initializer is registered under (a name no Keras model uses). */
const CLASS_NAME = "XaiLabBudgetedZeros";

/**
 * The weights of the tfjs layer classes that have weights, with the initializer each gets when its config
 * names none: a topology that leaves them out must not escape the budget.
 */
const WEIGHTS_OF: Readonly<Record<string, Readonly<Record<string, string>>>> = (() => {
  const conv = { kernel: "GlorotUniform", bias: "Zeros" };
  const recurrent = { kernel: "GlorotUniform", recurrent: "Orthogonal", bias: "Zeros" };
  return {
    Dense: conv,
    Conv1D: conv,
    Conv2D: conv,
    Conv3D: conv,
    Conv2DTranspose: conv,
    Conv3DTranspose: conv,
    DepthwiseConv2D: { depthwise: "GlorotUniform", bias: "Zeros" },
    SeparableConv1D: { depthwise: "GlorotUniform", pointwise: "GlorotUniform", bias: "Zeros" },
    SeparableConv2D: { depthwise: "GlorotUniform", pointwise: "GlorotUniform", bias: "Zeros" },
    BatchNormalization: { beta: "Zeros", gamma: "Ones", moving_mean: "Zeros", moving_variance: "Ones" },
    LayerNormalization: { beta: "Zeros", gamma: "Ones" },
    Embedding: { embeddings: "RandomUniform" },
    PReLU: { alpha: "Zeros" },
    SimpleRNN: recurrent,
    SimpleRNNCell: recurrent,
    LSTM: recurrent,
    LSTMCell: recurrent,
    GRU: recurrent,
    GRUCell: recurrent,
    ConvLSTM2D: recurrent,
    ConvLSTM2DCell: recurrent,
  };
})();

interface Budget {
  remaining: number;
  readonly total: number;
  readonly source: string;
}

/**
 * The config a budgeted initializer is deserialized from. tfjs camel-cases every string in a config but
 * a `name`, so the layer's name goes there and the original initializer waits in `originals`.
 */
interface BudgetedConfig {
  readonly budget: number;
  readonly slot: number;
  readonly name: string;
  readonly weight: string;
}

/** An initializer as model.json writes it. */
interface InitializerJson {
  readonly class_name: string;
  readonly config?: object;
}

/**
 * A copy of `topology` whose initializers draw on a budget of `values` weight values, and the function
 * that releases the budget when the model is built (or failed to build). `source` names the model.json.
 */
export function budgetTopology(topology: object, values: number, source: string): { topology: object; release(): void } {
  register();
  const id = nextBudget++;
  budgets.set(id, { remaining: values, total: values, source });
  return {
    topology: rewrite(structuredClone(topology), id, "the model"),
    release: () => {
      budgets.delete(id);
      for (const key of originals.keys()) if (key.startsWith(`${id}/`)) originals.delete(key);
    },
  };
}

const budgets = new Map<number, Budget>();
/** The replaced initializers by `${budget}/${slot}`, until the model is built. */
const originals = new Map<string, InitializerJson>();
let nextSlot = 0;
let nextBudget = 1;
let registered = false;

/** Replaces every `*_initializer` config below `node` (a layer config's `name` names the layer). */
function rewrite<T>(node: T, id: number, layer: string): T {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, id, layer)) as T;
  if (node === null || typeof node !== "object") return node;
  const record = node as Record<string, unknown>;
  const config = record["config"] as Record<string, unknown> | undefined;
  const here = typeof record["class_name"] === "string" && config && typeof config["name"] === "string" ? (config["name"] as string) : layer;
  const defaults = typeof record["class_name"] === "string" && config ? WEIGHTS_OF[record["class_name"]] : undefined;
  for (const [weight, initializer] of Object.entries(defaults ?? {})) {
    const key = `${weight}_initializer`;
    if (config![key] === undefined || config![key] === null) config![key] = { class_name: initializer, config: {} };
    else if (typeof config![key] === "string") config![key] = { class_name: pascalCase(config![key] as string), config: {} };
  }
  for (const [key, value] of Object.entries(record)) {
    if (key.endsWith("_initializer") && value !== null && typeof value === "object" && typeof (value as InitializerJson).class_name === "string") {
      const budgeted: BudgetedConfig = { budget: id, slot: nextSlot++, name: here, weight: key.slice(0, -"_initializer".length) };
      originals.set(`${id}/${budgeted.slot}`, value as InitializerJson);
      record[key] = { class_name: CLASS_NAME, config: budgeted };
    } else {
      record[key] = rewrite(value, id, here);
    }
  }
  return node;
}

/** "glorot_uniform" → "GlorotUniform": an initializer named by a string, as its class. */
function pascalCase(name: string): string {
  return name.replace(/(^|_)([a-z])/g, (_, _sep: string, c: string) => c.toUpperCase());
}

/** Registers the budgeted initializer with tfjs's serialization, once. */
function register(): void {
  if (registered) return;
  registered = true;
  const Zeros = tf.initializers.zeros().constructor as new () => { apply(shape: number[], dtype?: tf.DataType): tf.Tensor };
  // Serialized again (model.save, getConfig), it is the initializer it replaced.
  class BudgetedZeros extends Zeros {
    static className = CLASS_NAME;
    private readonly original: InitializerJson;
    constructor(private readonly settings: BudgetedConfig) {
      super();
      this.original = originals.get(`${settings.budget}/${settings.slot}`) ?? { class_name: "Zeros", config: {} };
    }
    override apply(shape: number[], dtype?: tf.DataType): tf.Tensor {
      const budget = budgets.get(this.settings.budget);
      const size = shape.reduce((a, b) => a * b, 1);
      if (budget) {
        if (!(size <= budget.remaining)) {
          throw new XaiError(
            `${budget.source}: layer '${this.settings.name}' declares a ${this.settings.weight} of shape [${shape.join(", ")}] (${size.toLocaleString("en-US")} values), but the weight files hold ${budget.total.toLocaleString("en-US")} values in all: the topology does not match its weights`,
          );
        }
        budget.remaining -= size;
      }
      return super.apply(shape, dtype);
    }
    getClassName(): string {
      return this.original.class_name;
    }
    getConfig(): object {
      return this.original.config ?? {};
    }
  }
  tf.serialization.registerClass(BudgetedZeros as unknown as tf.serialization.SerializableConstructor<tf.serialization.Serializable>);
}
