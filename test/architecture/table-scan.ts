// Finds the tables a TypeScript source names in its queries: the first argument of Kysely's table methods and the
// table after FROM, JOIN, UPDATE, INTO… in raw SQL strings and templates. Comments are ignored.
interface Scanned {
  /** the source with comments and the insides of strings blanked, positions kept */
  code: string;
  /** the text of every string literal and template chunk */
  strings: string[];
}

const REGEX_BEFORE = /[(,=:[!&|?{};+\-*%<>~^]$|(?:^|[^\w$.])(?:return|typeof|case|in|of|void|yield|await|delete)$/;

/** The last few characters of code before the current one, trailing blanks left out. */
function tail(code: string[]): string {
  let out = '';
  for (let k = code.length - 1; k >= 0 && out.trim().length < 12; k -= 1) out = (code[k] as string) + out;
  return out.trimEnd().slice(-12) || '(';
}

/** A small lexer: enough of TypeScript to tell code from comments, strings, templates and regular expressions. */
function scan(text: string): Scanned {
  const code: string[] = [];
  const strings: string[] = [];
  const templateDepth: number[] = []; // brace depth at each open `${`
  let braces = 0;
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const readTemplate = (start: number): number => {
    // from just after ` or }, up to and including the closing ` or the ${
    let j = start;
    let chunk = '';
    while (j < text.length) {
      const c = text[j];
      if (c === '\\') {
        chunk += text.slice(j, j + 2);
        j += 2;
      } else if (c === '`') {
        strings.push(chunk);
        code.push(`${blank(chunk)}\``);
        return j + 1;
      } else if (c === '$' && text[j + 1] === '{') {
        strings.push(chunk);
        code.push(`${blank(chunk)}\${`);
        templateDepth.push(braces);
        braces += 1;
        return j + 2;
      } else {
        chunk += c;
        j += 1;
      }
    }
    strings.push(chunk);
    code.push(blank(chunk));
    return j;
  };
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      code.push(blank(text.slice(i, stop)));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      code.push(blank(text.slice(i, stop)));
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== c && text[j] !== '\n') {
        if (text[j] === '\\') {
          value += text.slice(j, j + 2);
          j += 2;
        } else {
          value += text[j];
          j += 1;
        }
      }
      strings.push(value);
      code.push(`${c}${value}${c}`); // kept: Kysely's table arguments are read from the code
      i = j + 1;
    } else if (c === '`') {
      code.push('`');
      i = readTemplate(i + 1);
    } else if (c === '{') {
      braces += 1;
      code.push(c);
      i += 1;
    } else if (c === '}') {
      braces -= 1;
      if (templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === braces) {
        templateDepth.pop();
        code.push('}');
        i = readTemplate(i + 1);
      } else {
        code.push(c);
        i += 1;
      }
    } else if (c === '/' && REGEX_BEFORE.test(tail(code))) {
      let j = i + 1;
      let inClass = false;
      while (j < text.length && text[j] !== '\n') {
        if (text[j] === '\\') j += 1;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        else if (text[j] === '/' && !inClass) break;
        j += 1;
      }
      code.push(blank(text.slice(i, j + 1)));
      i = j + 1;
    } else {
      code.push(c);
      i += 1;
    }
  }
  return { code: code.join(''), strings };
}

// Kysely's methods whose first argument names a table: `'contacts'`, `'contacts as c'` or an array of them.
const KYSELY_TABLE_ARGUMENT =
  /\b(?:selectFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin|innerJoinLateral|leftJoinLateral|crossJoin|using|with|table|id)\s*\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")/g;
// Raw SQL in strings and templates.
const SQL_TABLE =
  /\b(?:from|join|update|into|references|table|truncate)\s+(?:only\s+|if\s+(?:not\s+)?exists\s+)?"?([a-z_][a-z0-9_]*)/gi;

/** Every table name a source file mentions in a query. */
export function tablesIn(text: string): Set<string> {
  const { code, strings } = scan(text);
  const found = new Set<string>();
  for (const match of code.matchAll(KYSELY_TABLE_ARGUMENT)) {
    for (const literal of (match[1] as string).matchAll(/'([^']*)'|"([^"]*)"/g)) {
      const name = (literal[1] ?? literal[2] ?? '').trim().split(/\s+as\s+/i)[0] as string;
      found.add(name.split('.').pop() as string);
    }
  }
  for (const value of strings) {
    for (const match of value.matchAll(SQL_TABLE)) found.add((match[1] as string).toLowerCase());
  }
  return found;
}
