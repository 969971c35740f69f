/**
 * Copy as code: an activation (a catalog id or a `formula:` id, with its parameter values) as
 * NumPy, PyTorch, JAX or TensorFlow.js code from @actlab/export, shown in full and copied with one
 * button. The outcome is said in words: "Copied", or how to copy by hand when the browser has no
 * clipboard for the page (the code is then selected).
 */
import type { ExportTarget } from '@actlab/export';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CopyOutcome } from './export-code.js';
import { TARGETS, TARGET_LABELS, codeFor, copyText, isExportTarget } from './export-code.js';
import './export.css';

/** Props of ExportCode. */
export interface ExportCodeProps {
  /** The activation: a catalog id or alias, or a `formula:` id. */
  readonly name: string;
  /** Its parameter values (defaults where left out). */
  readonly params?: Readonly<Record<string, number>>;
  /** What is exported, in words, for labels: "Mish", "Custom formula". */
  readonly label: string;
  /** The target shown first (default PyTorch). */
  readonly defaultTarget?: ExportTarget;
}

/** The target picker, the code and the Copy button with its status. */
export function ExportCode({ name, params, label, defaultTarget = 'pytorch' }: ExportCodeProps) {
  const id = useId();
  const [target, setTarget] = useState<ExportTarget>(defaultTarget);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const codeRef = useRef<HTMLPreElement>(null);
  const result = useMemo(() => codeFor(name, target, params), [name, target, params]);
  const code = result.ok ? result.code : '';
  // A status about other code would be stale.
  useEffect(() => setOutcome(null), [code]);
  const copy = async () => {
    const done = await copyText(code);
    setOutcome(done);
    if (done === 'unavailable' && codeRef.current) {
      // Select the code so that Ctrl+C (⌘C) copies it: the fallback the message describes.
      // Focus first: focusing may collapse a selection made before it.
      codeRef.current.focus();
      window.getSelection()?.selectAllChildren(codeRef.current);
    }
  };
  const targetLabel = TARGET_LABELS[target];
  return (
    <div className="export-code">
      <div className="export-code-bar">
        <label htmlFor={`${id}-target`}>Framework</label>
        <select
          id={`${id}-target`}
          value={target}
          onChange={(e) => isExportTarget(e.target.value) && setTarget(e.target.value)}
        >
          {TARGETS.map((t) => (
            <option key={t} value={t}>
              {TARGET_LABELS[t]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void copy()} disabled={!result.ok}>
          Copy {targetLabel} code
        </button>
        <span role="status" className="export-code-status">
          {outcome === 'copied' ? 'Copied to the clipboard.' : null}
          {outcome === 'unavailable'
            ? 'This browser did not allow copying from the page: the code is selected, press Ctrl+C (⌘C on a Mac) to copy it.'
            : null}
        </span>
      </div>
      {result.ok ? (
        <pre
          ref={codeRef}
          className="export-code-text"
          tabIndex={0}
          aria-label={`${targetLabel} code for ${label}`}
        >
          <code>{code}</code>
        </pre>
      ) : (
        <p className="error" role="alert">
          No {targetLabel} code for {label}: {result.message}
        </p>
      )}
    </div>
  );
}
