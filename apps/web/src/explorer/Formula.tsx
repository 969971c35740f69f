/**
 * A formula typeset by KaTeX (with MathML for screen readers), shown as its LaTeX source while
 * KaTeX loads or if it cannot.
 */
import { useMemo } from 'react';
import { useKatex } from './use-katex.js';

/** Props of Formula. */
export interface FormulaProps {
  /** LaTeX source, from the catalog. */
  readonly tex: string;
  /** What the formula is, e.g. "Formula of ReLU". */
  readonly label: string;
}

/** One displayed formula. */
export function Formula({ tex, label }: FormulaProps) {
  const render = useKatex();
  const html = useMemo(
    () =>
      render?.(tex, {
        displayMode: true,
        throwOnError: false,
        strict: 'ignore',
        output: 'htmlAndMathml',
      }),
    [render, tex],
  );
  return html ? (
    <div
      className="explorer-formula"
      role="group"
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  ) : (
    <pre className="explorer-formula explorer-formula-source" aria-label={label}>
      <code>{tex}</code>
    </pre>
  );
}
