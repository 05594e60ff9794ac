/** Finds variable references (`${input:x}`, `${env:X}`, `${X}`, `$X`, `${{ secrets.X }}`) in a string. Linear time. */
import type { InterpolationKind } from '../hosts/host-format';

export type ReferenceSyntax =
  | 'input'       // ${input:id}
  | 'env-colon'   // ${env:NAME}
  | 'predefined'  // ${workspaceFolder}, ${userHome}, ${file:...}, other ${word:...}
  | 'braces'      // ${NAME} or ${NAME:-default}
  | 'dollar'      // $NAME
  | 'continue'    // ${{ secrets.NAME }}
  | 'copilot';    // COPILOT_MCP_NAME (as a whole env value) or $COPILOT_MCP_NAME

export interface VariableReference {
  readonly syntax: ReferenceSyntax;
  /** The variable, input id or secret name. */
  readonly name: string;
  /** Index range within the string value. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const PREDEFINED = /^(workspaceFolder|workspaceFolderBasename|workspaceRoot|userHome|pathSeparator|\/|cwd|file|fileDirname|fileBasename|relativeFile|execPath|defaultBuildTask|lineNumber|selectedText|extensionPath|workspacePath|CLAUDE_PLUGIN_ROOT|CLAUDE_PLUGIN_DATA|CLAUDE_PROJECT_DIR|__dirname|HOME|DESKTOP|DOCUMENTS|DOWNLOADS)$/;

export function findVariableReferences(value: string): VariableReference[] {
  const refs: VariableReference[] = [];
  let i = 0;
  while (i < value.length) {
    const dollar = value.indexOf('$', i);
    if (dollar === -1) break;
    if (value.startsWith('${{', dollar)) {
      const close = value.indexOf('}}', dollar + 3);
      if (close !== -1) {
        const inner = value.slice(dollar + 3, close).trim();
        const name = inner.replace(/^(secrets|inputs)\./, '');
        refs.push({ syntax: 'continue', name, start: dollar, end: close + 2, text: value.slice(dollar, close + 2) });
        i = close + 2;
        continue;
      }
    }
    if (value[dollar + 1] === '{') {
      const close = value.indexOf('}', dollar + 2);
      if (close !== -1) {
        const inner = value.slice(dollar + 2, close);
        refs.push({ ...classifyBraces(inner), start: dollar, end: close + 1, text: value.slice(dollar, close + 1) });
        i = close + 1;
        continue;
      }
    }
    const bare = /^[A-Za-z_][A-Za-z0-9_]*/.exec(value.slice(dollar + 1, dollar + 256));
    if (bare) {
      const name = bare[0];
      refs.push({ syntax: name.startsWith('COPILOT_MCP_') ? 'copilot' : 'dollar', name, start: dollar, end: dollar + 1 + name.length, text: value.slice(dollar, dollar + 1 + name.length) });
      i = dollar + 1 + name.length;
      continue;
    }
    i = dollar + 1;
  }
  return refs;
}

function classifyBraces(inner: string): { syntax: ReferenceSyntax; name: string } {
  const colon = inner.indexOf(':');
  if (colon > 0 && inner[colon + 1] !== '-') {
    const scheme = inner.slice(0, colon);
    const rest = inner.slice(colon + 1);
    if (scheme === 'input') return { syntax: 'input', name: rest };
    if (scheme === 'env') return { syntax: 'env-colon', name: rest };
    return { syntax: 'predefined', name: scheme };
  }
  const name = colon > 0 ? inner.slice(0, colon) : inner;
  if (PREDEFINED.test(name)) return { syntax: 'predefined', name };
  return { syntax: 'braces', name };
}

/** Whether a host with this interpolation expands a reference of this syntax. Undefined: not known. */
export function hostExpands(kind: InterpolationKind, syntax: ReferenceSyntax, predefined: readonly string[], name: string): boolean | undefined {
  switch (kind) {
    case 'vscode':
      return syntax === 'input' || syntax === 'env-colon' || syntax === 'predefined';
    case 'env-colon':
      return syntax === 'env-colon' || (syntax === 'predefined' && predefined.includes(name));
    case 'braces':
      return syntax === 'braces' || (syntax === 'predefined' && predefined.includes(name));
    case 'shell':
      return syntax === 'braces' || syntax === 'dollar' || syntax === 'copilot' || (syntax === 'predefined' && predefined.includes(name));
    case 'copilot':
      return syntax === 'copilot';
    case 'continue':
      return syntax === 'continue';
    case 'codex-names':
    case 'none':
      return false;
    case 'unknown':
      return undefined;
  }
}

/** Whether a whole string is only a reference (or references) and holds no literal value of its own. */
export function isPureReference(value: string): boolean {
  const refs = findVariableReferences(value);
  if (refs.length === 0) return false;
  let rest = '';
  let cursor = 0;
  for (const ref of refs) {
    rest += value.slice(cursor, ref.start);
    cursor = ref.end;
  }
  rest += value.slice(cursor);
  return rest.replace(/^(Bearer|Basic|Token|token)\s+/, '').trim().length === 0;
}
