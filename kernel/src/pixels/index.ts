/**
 * pixels/: values to RGBA pixels — colour maps and the one pipeline that both the kernel's PNG figures and
 * the JupyterLab widget draw with. No dependencies (no tfjs, no node, no DOM): the extension imports it as
 * `xai-lab/pixels`.
 */
export { colormap, defineColormap, COLORMAP_NAMES, type ColorMap, type ColorMapName, type RGB } from "./colormaps";
export {
  DEFAULT_INPUT_ALPHA,
  valueRange,
  greyLevels,
  pixelSums,
  maxAbs,
  imagePixels,
  heatmapPixels,
  colorbarPixels,
  type Plane,
  type Underlay,
} from "./pictures";
