/**
 * Sensitivity analysis (methods.md §2): `R_i = (∂f/∂x_i)²`, element-wise. It decomposes ‖∇f‖², not f:
 * it says what would make the class more or less present, not what makes it present.
 */
import * as tf from "@tensorflow/tfjs";
import { gradientMethod } from "./gradientFamily";

export const sensitivity = gradientMethod("sensitivity", "(∂f/∂x)², sensitivity analysis: what makes the class more or less present", (g) => tf.square(g));
