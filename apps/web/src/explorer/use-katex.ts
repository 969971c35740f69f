/**
 * KaTeX on demand: the library and its stylesheet are fetched the first time a formula is shown,
 * never with the page, which keeps the explorer's first load within its budget.
 */
import type { KatexOptions } from 'katex';
import { useEffect, useState } from 'react';

/** The one KaTeX function the explorer uses. */
export type RenderTex = (tex: string, options?: KatexOptions) => string;

let loading: Promise<RenderTex> | undefined;

/** Loads KaTeX and its CSS once; later calls share the same promise. */
function loadKatex(): Promise<RenderTex> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([module]) => module.default.renderToString,
  );
  return loading;
}

/** KaTeX's renderer once loaded, else null (also if loading failed: the plain text stays). */
export function useKatex(): RenderTex | null {
  const [render, setRender] = useState<RenderTex | null>(null);
  useEffect(() => {
    let live = true;
    loadKatex().then(
      (r) => live && setRender(() => r),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return render;
}
