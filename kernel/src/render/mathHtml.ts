/**
 * Formulas of an HTML report typeset ahead of time: every TeX formula ($…$, $$…$$, \(…\), \[…\]) becomes
 * an inline SVG drawn by MathJax (mathjax-full, in Node), and every script or stylesheet that points
 * outside the file (nbconvert's MathJax and require.js under file:///usr/share/javascript, or a CDN) is
 * removed. The report then shows its formulas offline, on any machine, without running any script.
 */
import { XaiError } from "../errors";

/** Tags that load something from outside the file: a src or href that is not a data: URL or a fragment. */
const EXTERNAL = /<script\b[^>]*\bsrc\s*=\s*["'](?!data:)[^"']*["'][^>]*>\s*<\/script>|<link\b[^>]*\bhref\s*=\s*["'](?!data:|#)[^"']*["'][^>]*>/gi;
/** nbconvert's inline MathJax configuration, which only means something with MathJax loaded. */
const MATHJAX_CONFIG = /<script\b[^>]*type\s*=\s*["']text\/x-mathjax-config["'][^>]*>[\s\S]*?<\/script>/gi;

/** `html` with its formulas as SVG and no reference to anything outside it. */
export function typesetHtml(html: string): string {
  const mj = loadMathJax();
  const adaptor = mj.liteAdaptor();
  mj.RegisterHTMLHandler(adaptor);
  const stripped = html.replace(MATHJAX_CONFIG, "").replace(EXTERNAL, "");
  const doc = mj.mathjax.document(stripped, {
    InputJax: new mj.TeX({
      packages: mj.AllPackages,
      inlineMath: [
        ["$", "$"],
        ["\\(", "\\)"],
      ],
      displayMath: [
        ["$$", "$$"],
        ["\\[", "\\]"],
      ],
      processEscapes: true,
    }),
    // One hidden set of glyph shapes for the whole page, which every formula uses: a third of the size of
    // repeating the shapes in each formula ("local").
    OutputJax: new mj.SVG({ fontCache: "global" }),
  });
  doc.render();
  const style = adaptor.textContent(doc.outputJax.styleSheet(doc) as never);
  const head = adaptor.head(doc.document);
  const sheet = adaptor.node("style", { id: "xai-lab-math" }, [adaptor.text(style)]);
  adaptor.append(head, sheet);
  const out = adaptor.doctype(doc.document) + "\n" + adaptor.outerHTML(adaptor.root(doc.document));
  mj.mathjax.handlers.unregister(mj.mathjax.handlers.items[0]?.item);
  return out;
}

/** The tags of `html` that load something from outside it (scripts, stylesheets, images, frames by URL). */
export function externalReferences(html: string): string[] {
  return html.match(/<(?:script|img|iframe)\b[^>]*\bsrc\s*=\s*["'](?!data:)[^"']+["'][^>]*>|<link\b[^>]*\bhref\s*=\s*["'](?!data:|#)[^"']+["'][^>]*>/gi) ?? [];
}

interface MathJaxModules {
  mathjax: {
    document(html: string, options: object): { render(): void; document: unknown; outputJax: { styleSheet(doc: unknown): unknown } };
    handlers: { unregister(h: unknown): void; items: { item: unknown }[] };
  };
  TeX: new (options: object) => unknown;
  SVG: new (options: object) => unknown;
  liteAdaptor(): LiteAdaptor;
  RegisterHTMLHandler(adaptor: LiteAdaptor): unknown;
  AllPackages: string[];
}

interface LiteAdaptor {
  textContent(node: never): string;
  head(doc: unknown): unknown;
  node(kind: string, attributes: Record<string, string>, children: unknown[]): unknown;
  text(text: string): unknown;
  append(parent: unknown, child: unknown): void;
  doctype(doc: unknown): string;
  outerHTML(node: unknown): string;
  root(doc: unknown): unknown;
}

function loadMathJax(): MathJaxModules {
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    return {
      mathjax: require("mathjax-full/js/mathjax.js").mathjax,
      TeX: require("mathjax-full/js/input/tex.js").TeX,
      SVG: require("mathjax-full/js/output/svg.js").SVG,
      liteAdaptor: require("mathjax-full/js/adaptors/liteAdaptor.js").liteAdaptor,
      RegisterHTMLHandler: require("mathjax-full/js/handlers/html.js").RegisterHTMLHandler,
      AllPackages: require("mathjax-full/js/input/tex/AllPackages.js").AllPackages,
    };
  } catch (e) {
    throw new XaiError(`cannot typeset the report's formulas: mathjax-full is not installed beside xai-lab (${(e as Error).message})`);
  }
}
