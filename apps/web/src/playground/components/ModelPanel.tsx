/**
 * Export and import of the model as actlab.mlp/1 JSON: export fills a text box (to copy) and a
 * download link; import takes pasted text or a file, and shows why a model cannot be used.
 */
import type { ModelJson } from '@actlab/train';
import { useEffect, useId, useMemo, useState } from 'react';
import { modelText } from '../model-io.js';

/** Props of ModelPanel. */
export interface ModelPanelProps {
  /** The last exported model, if any. */
  readonly exported?: ModelJson;
  readonly onExport: () => void;
  /** Imports `text`; returns an error message, or null when it worked. */
  readonly onImport: (text: string) => string | null;
}

/** The export and import controls. */
export function ModelPanel({ exported, onExport, onImport }: ModelPanelProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const json = useMemo(() => (exported ? modelText(exported) : ''), [exported]);
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    if (!json) return setHref(null);
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [json]);
  const submit = (value: string) => {
    const problem = onImport(value);
    setError(problem);
    setDone(problem === null);
  };
  return (
    <section className="panel pg-panel pg-model" aria-labelledby="pg-model">
      <h2 id="pg-model">Save or load the model</h2>
      <div className="pg-model-cols">
        <div>
          <button type="button" onClick={onExport}>
            Export model
          </button>
          {href ? (
            <a className="pg-download" href={href} download="actlab-model.json">
              Download JSON
            </a>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-out`}>Exported model (actlab.mlp/1 JSON)</label>
            <textarea id={`${id}-out`} readOnly rows={6} value={json} />
          </div>
        </div>
        <div>
          <div className="field">
            <label htmlFor={`${id}-in`}>Model to import (paste JSON)</label>
            <textarea
              id={`${id}-in`}
              rows={6}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-e` : undefined}
            />
          </div>
          <div className="field-row pg-wrap">
            <button type="button" onClick={() => submit(text)} disabled={text.trim() === ''}>
              Import model
            </button>
            <label htmlFor={`${id}-file`}>or a file:</label>
            <input
              id={`${id}-file`}
              type="file"
              accept="application/json,.json"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file)
                  void file.text().then((t) => {
                    setText(t);
                    submit(t);
                  });
              }}
            />
          </div>
          {error ? (
            <p id={`${id}-e`} className="error" role="alert">
              {error}
            </p>
          ) : done ? (
            <p role="status">Model loaded. Press Play to train it further.</p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
