/** The gradient ∂f/∂x of the explained logit (saliency, signed; methods.md §2). */
import { gradientMethod } from "./gradientFamily";

export const gradient = gradientMethod("gradient", "∂f/∂x, the gradient of the explained logit", (g) => g);
