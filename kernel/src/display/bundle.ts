/**
 * A display bundle: the custom payload, a PNG drawn in the kernel and a text summary, in one output.
 * Viewers without the xai-lab extension (nbconvert, GitHub, a terminal) fall back to the PNG or the
 * text; nbconvert drops an output that has only an unknown MIME type, hence the PNG in every bundle.
 */
import { MIME_TYPE, type Payload } from "../protocol";
import { encodePng, type RgbaImage } from "../render";

/** The MIME bundle of one output, keyed by MIME type. */
export interface DisplayBundle {
  [MIME_TYPE]: Payload;
  /** The PNG file, base64-encoded as Jupyter expects. */
  "image/png": string;
  "text/plain": string;
}

/** Puts a payload, its picture and its summary into one bundle. */
export function makeBundle(payload: Payload, picture: RgbaImage, text: string): DisplayBundle {
  return {
    [MIME_TYPE]: payload,
    "image/png": encodePng(picture.rgba, picture.width, picture.height).toString("base64"),
    "text/plain": text,
  };
}
