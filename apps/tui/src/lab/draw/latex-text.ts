/**
 * The catalog's LaTeX formulas as plain text a terminal can show: Greek letters and operators as
 * Unicode, fractions as a/b, cases as "a if cond; b if cond", spacing commands dropped. It covers
 * the constructs the catalog uses (a test checks that every formula converts without leftovers).
 */

const SYMBOLS: Readonly<Record<string, string>> = {
  alpha: 'α',
  beta: 'β',
  lambda: 'λ',
  theta: 'θ',
  sigma: 'σ',
  tau: 'τ',
  delta: 'δ',
  pi: 'π',
  Phi: 'Φ',
  partial: '∂',
  ge: '≥',
  le: '≤',
  cdot: '·',
  approx: '≈',
  dots: '…',
  sum: 'Σ',
  infty: '∞',
  lvert: '|',
  rvert: '|',
  exp: 'exp',
  log: 'log',
  tanh: 'tanh',
  arctan: 'arctan',
  sin: 'sin',
  cos: 'cos',
  max: 'max',
  min: 'min',
  erf: 'erf',
};

const SPACING = new Set([
  ',',
  ';',
  '!',
  ':',
  'quad',
  'qquad',
  ' ',
  'left',
  'right',
  'textstyle',
  'displaystyle',
]);

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
  '+': '⁺',
};

/** Plain text of a LaTeX formula from the catalog. */
export function latexToText(latex: string): string {
  const text = convert(latex.trim());
  return text.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')').trim();
}

/** Reads the group starting at `i` (a {...} group or a single token); returns its content and end. */
function group(s: string, i: number): [string, number] {
  while (s[i] === ' ') i++;
  if (s[i] === '{') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      if (s[j] === '{') depth++;
      else if (s[j] === '}' && --depth === 0) return [s.slice(i + 1, j), j + 1];
    }
    return [s.slice(i + 1), s.length];
  }
  if (s[i] === '\\') {
    const m = /^\\([A-Za-z]+|.)/.exec(s.slice(i));
    const token = m ? m[0] : '\\';
    return [token, i + token.length];
  }
  return [s[i] ?? '', i + 1];
}

/** Wraps a piece in parentheses unless it is a single symbol or already one bracketed group. */
function atom(t: string): string {
  const trimmed = t.trim();
  if (/^√?[\w.α-ωΑ-Ω]+$/u.test(trimmed) || /^√?\([^()]*\)$/.test(trimmed)) return trimmed;
  return `(${trimmed})`;
}

function superscript(t: string): string {
  const trimmed = t.trim();
  if ([...trimmed].every((c) => SUPERSCRIPT[c] !== undefined)) {
    return [...trimmed].map((c) => SUPERSCRIPT[c]).join('');
  }
  return `^${atom(trimmed)}`;
}

function cases(body: string): string {
  const rows = body.split('\\\\').map((row) => {
    const [value, condition] = row.split('&').map((p) => convert(p).trim());
    if (!condition) return value ?? '';
    return /^otherwise$/.test(condition) ? `${value} otherwise` : `${value} if ${condition}`;
  });
  return `{ ${rows.join('; ')} }`;
}

function convert(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '\\') {
      const m = /^\\([A-Za-z]+|.)/.exec(s.slice(i));
      const name = m?.[1] ?? '';
      i += (m?.[0] ?? '\\').length;
      if (name === 'begin') {
        const [env, afterEnv] = group(s, i);
        const end = s.indexOf(`\\end{${env}}`, afterEnv);
        const body = s.slice(afterEnv, end < 0 ? s.length : end);
        out += env === 'cases' ? cases(body) : convert(body);
        i = end < 0 ? s.length : end + `\\end{${env}}`.length;
      } else if (name === 'frac') {
        const [num, a] = group(s, i);
        const [den, b] = group(s, a);
        out += `${atom(convert(num))}/${atom(convert(den))}`;
        i = b;
      } else if (name === 'sqrt') {
        const [arg, a] = group(s, i);
        const inner = convert(arg).trim();
        // √ binds to one plain token only: √2 but √(2π).
        out += /^[\w.]+$/.test(inner) ? `√${inner}` : `√(${inner})`;
        i = a;
      } else if (name === 'text' || name === 'operatorname' || name === 'mathrm') {
        const [arg, a] = group(s, i);
        out += arg.replace(/\\_/g, '_').replace(/\\ /g, ' ');
        i = a;
      } else if (name === '_') {
        out += '_';
      } else if (SPACING.has(name)) {
        out += ' ';
      } else if (SYMBOLS[name] !== undefined) {
        out += SYMBOLS[name];
      } else {
        out += name;
      }
    } else if (c === '^') {
      const [arg, a] = group(s, i + 1);
      out += superscript(convert(arg));
      i = a;
    } else if (c === '_') {
      const [arg, a] = group(s, i + 1);
      const sub = convert(arg).trim();
      out += /^\w+$/.test(sub) ? `_${sub}` : `_(${sub})`;
      i = a;
    } else if (c === '{' || c === '}') {
      i++;
    } else if (c === '~') {
      out += ' ';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
