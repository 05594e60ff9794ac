/** Answers the server's ask-for-a-reason request (before it writes an ignore) with an input box. */
import * as vscode from 'vscode';
import type { AskReasonParams } from '../../server/src/protocol/protocol';

/** The trimmed reason, or null when the user cancels (the server then writes nothing). */
export async function askReason(params: AskReasonParams): Promise<string | null> {
  const where = params.target === 'inline' ? 'as a comment next to the finding' : 'as an ignore in .mcp-warden.json';
  const reason = await vscode.window.showInputBox({
    title: `Ignore ${params.ruleId}`,
    prompt: `Why is this acceptable? The reason is written ${where}. Finding: ${shorten(params.message, 110)}`,
    placeHolder: 'e.g. internal server, reviewed by the security team',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? 'A reason is required to ignore a finding.' : undefined),
  });
  const trimmed = reason?.trim();
  return trimmed ? trimmed : null;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
