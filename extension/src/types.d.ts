/** plotly.js ships no types; the widgets use the few calls declared in plotly.ts. */
declare module "plotly.js-dist-min";
