/** Gradient × input, `x ⊙ ∂f/∂x` (methods.md §2): equals LRP-0 on ReLU nets. */
import * as tf from "@tensorflow/tfjs";
import { gradientMethod } from "./gradientFamily";

export const gradientXInput = gradientMethod("gradient-x-input", "x ⊙ ∂f/∂x", (g, x) => tf.mul(g, x));
