/**
 * Servers launched through a shell with more than a launcher inside: download-and-run (`curl … | sh`, `iwr … | iex`),
 * `sudo`, encoded PowerShell, or an inline script. What runs is then whatever the script fetches or does, unpinned and
 * invisible to every other check.
 */
import type { Located } from '../model/located';
import { baseName } from '../model/launch-spec';
import type { ServerEntry } from '../model/server-entry';
import { defineRule, type RuleContext } from './rule';

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'ash']);
const ELEVATE = new Set(['sudo', 'doas', 'pkexec', 'run0', 'gsudo']);
const DOWNLOAD_AND_RUN: readonly RegExp[] = [
  /\b(curl|wget)\b[^|;&\n]*\|\s*(sudo\s+)?(env\s+\S+\s+)?(ba|z|da|k|fi)?sh\b/i,
  /\b(curl|wget)\b[^|;&\n]*\|\s*(sudo\s+)?(python3?|node|perl|ruby|deno|bun)\b/i,
  /\b(ba|z)?sh\s+<\(\s*(curl|wget)\b/i,
  /\$\(\s*(curl|wget)\b[^)]*\)/i,
  /\b(iwr|irm|invoke-webrequest|invoke-restmethod|downloadstring)\b[\s\S]*(\|\s*(iex|invoke-expression)\b|\biex\b)/i,
  /\b(iex|invoke-expression)\b\s*\(?\s*(\(\s*)?(new-object\s+(system\.)?net\.webclient\)?\.downloadstring|iwr|irm|invoke-webrequest|invoke-restmethod)/i,
];
const INLINE_CODE = /(&&|\|\||;|\||>|<|`|\$\()/;
/** Interpreters that run code given on their command line (`-c`, `-e`, `--eval`). */
const INTERPRETERS = new Set(['python', 'python3', 'node', 'deno', 'perl', 'ruby']);

interface Script {
  readonly text: string;
  readonly located: Located<string>;
  /** How it is run, for messages (`bash -c`, `cmd /c`). */
  readonly shell: string;
  /** The flag that introduced the script (`-c`, `-EncodedCommand`). */
  readonly flag?: string;
}

export const shellWrapper = defineRule({
  meta: {
    id: 'shell-wrapper',
    description: 'the server is launched through a shell that downloads and runs code, elevates privileges or runs an inline script',
    category: 'supply-chain',
    defaultSeverity: 'warning',
  },
  checkServer(server, context) {
    const command = server.command;
    if (!command) return;
    const elevated = ELEVATE.has(baseName(firstWord(command.value))) ? command : undefined;
    for (const script of scriptsOf(server)) {
      const name = server.name;
      if (DOWNLOAD_AND_RUN.some((pattern) => pattern.test(script.text))) {
        report(context, server, script.located, 'error', 'high', 'download',
          `"${name}" downloads code and runs it (${script.shell}): whatever the remote address returns runs on your machine, unpinned and unreviewed. Install a pinned package and run it directly.`);
      } else if (/(^|[\s;&|(])(sudo|doas|pkexec|run0)\s/.test(script.text)) {
        report(context, server, script.located, 'error', 'high', 'sudo',
          `"${name}" runs commands as root inside its ${script.shell} script: every tool call of this server has administrator rights. Run it as your user.`);
      } else if (/^-(e|enc|encodedcommand)$/i.test(script.flag ?? '')) {
        report(context, server, script.located, 'error', 'high', 'encoded',
          `"${name}" runs an encoded PowerShell command: nobody reviewing this config can see what it does. Write the command out, or better, run the server directly.`);
      } else if (INLINE_CODE.test(script.text) || /\b(python3?|node|deno|perl|ruby)\s+-(c|e)\b/.test(script.text)) {
        report(context, server, script.located, 'warning', 'medium', 'inline',
          `"${name}" is an inline ${script.shell} script: it can do anything before or instead of starting a server, and pinning and capability checks cannot see inside it. Move it into a reviewed script file or run the server directly.`);
      }
    }
    if (elevated) {
      report(context, server, elevated, 'error', 'high', 'sudo-command',
        `"${server.name}" is started with ${baseName(elevated.value.split(/\s+/)[0] ?? '')}: the server and every tool call run as root. Run it as your user.`);
    }
    // `python -c "<code>"`: the flag comes first, the code right after it.
    const flag = server.args[0];
    const code = flag && /^-(c|e|-eval)$/.test(flag.value) && INTERPRETERS.has(baseName(command.value)) ? server.args[1] : undefined;
    if (code) {
      report(context, server, code, 'warning', 'medium', 'inline-code',
        `"${server.name}" runs inline ${baseName(command.value)} code passed on the command line: review what it does, and prefer a reviewed script file or a pinned package.`);
    }
  },
});

/** The script strings a shell wrapper runs: `sh -c "<script>"`, `cmd /c <rest>`, `powershell -Command <script>`. */
function scriptsOf(server: ServerEntry): Script[] {
  const command = server.command;
  if (!command) return [];
  const program = baseName(firstWord(command.value));
  const args = server.args;
  const scripts: Script[] = [];
  // A whole command line in `command` ("bash -c 'curl … | sh'"): check the string itself.
  if (/\s/.test(command.value.trim()) && (SHELLS.has(program) || program === 'cmd' || program === 'powershell' || program === 'pwsh')) {
    scripts.push({ text: command.value, located: command, shell: program });
  }
  const flagIndex = args.findIndex((arg) =>
    SHELLS.has(program) ? /^-[a-z]*c[a-z]*$/.test(arg.value)
      : program === 'cmd' ? /^\/[ck]$/i.test(arg.value)
        : program === 'powershell' || program === 'pwsh' ? /^-(c|command|e|enc|encodedcommand)$/i.test(arg.value) : false);
  if (flagIndex === -1) return scripts;
  const rest = args.slice(flagIndex + 1);
  const first = rest[0];
  if (!first) return scripts;
  const text = program === 'cmd' ? rest.map((arg) => arg.value).join(' ') : first.value;
  scripts.push({ text, located: first, shell: program === 'cmd' ? 'cmd /c' : `${program} ${args[flagIndex]?.value ?? ''}`.trim(), flag: args[flagIndex]?.value ?? '' });
  return scripts;
}

function report(
  context: RuleContext, server: ServerEntry, located: Located<string>, severity: 'error' | 'warning', confidence: 'high' | 'medium',
  kind: string, message: string,
): void {
  context.report({ message, span: located.span, path: located.path, severity, confidence, server: server.name, discriminator: kind });
}

/** The first whitespace-separated word (what `trim().split(/\s+/)[0]` gives, without building the array). */
function firstWord(text: string): string {
  const trimmed = text.trim();
  const end = trimmed.search(/\s/);
  return end === -1 ? trimmed : trimmed.slice(0, end);
}
