/** The registry of host formats, alphabetical. Adding a host means adding one file and one line here. */
import type { HostFormat } from './host-format';
import { amazonQ } from './amazon-q';
import { claudeCode } from './claude-code';
import { claudeDesktop } from './claude-desktop';
import { cline } from './cline';
import { codex } from './codex';
import { continueHost } from './continue';
import { copilotAgent, copilotCli } from './copilot';
import { cursor } from './cursor';
import { geminiCli } from './gemini-cli';
import { goose } from './goose';
import { junie } from './junie';
import { lmStudio } from './lm-studio';
import { rooCode } from './roo-code';
import { visualStudio } from './visual-studio';
import { vscode } from './vscode';
import { windsurf } from './windsurf';
import { zed } from './zed';

export const ALL_HOSTS: readonly HostFormat[] = [
  amazonQ,
  claudeCode,
  claudeDesktop,
  cline,
  codex,
  continueHost,
  copilotAgent,
  copilotCli,
  cursor,
  geminiCli,
  goose,
  junie,
  lmStudio,
  rooCode,
  visualStudio,
  vscode,
  windsurf,
  zed,
];

export function hostById(id: string): HostFormat | undefined {
  return ALL_HOSTS.find((host) => host.id === id);
}
