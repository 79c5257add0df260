/** render/: the pictures xai-lab makes — heatmaps, images, colour maps, PNG files — on plain arrays. */
export { crc32 } from "./crc32";
export { encodePng, PNG_SIGNATURE, type PngOptions, type PngFilter } from "./png";
export { decodePng, SUPPORTED_IMAGE_FORMATS, type DecodedPng } from "./decodePng";
export { readImage, type ImageArray } from "./readImage";
export { colormap, defineColormap, COLORMAP_NAMES, type ColorMap, type ColorMapName, type RGB } from "../pixels";
export { heatmapRgba, heatmapRow, renderHeatmapPng, type HeatmapOptions } from "./heatmap";
export { imageRgba, imageRow, renderImagePng, type ImageOptions } from "./image";
export { Figure, enlarge, textWidth, wrapText, fitText, FONT_FAMILY, type TextStyle } from "./figure";
export { GAP, colorbarWidth, colorbar, row, grid, type Cell, type GridOptions } from "./grid";
export { linePlot, barChart, PALETTE, type LineSeries, type BarRow } from "./plot";
export { DEFAULT_MIN_SIDE, type Pixels, type RgbaImage } from "./shape";
export { tensorPixels, renderTensorHeatmapPng, renderTensorImagePng } from "./tensor";
