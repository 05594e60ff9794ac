import { codexBroadProjectTrust } from '../../server/src/engine/rules/codex-broad-project-trust';
import { HOME } from '../helpers/host-paths';
import { runRuleTests } from '../helpers/rule-tester';

const USER_CONFIG = `${HOME}/.codex/config.toml`;

runRuleTests(codexBroadProjectTrust, {
  valid: [
    {
      name: 'a project folder is trusted',
      host: 'codex',
      path: USER_CONFIG,
      code: `[projects."${HOME}/code/app"]\ntrust_level = "trusted"\n`,
    },
    {
      name: 'the home folder marked untrusted',
      host: 'codex',
      path: USER_CONFIG,
      code: `[projects."${HOME}"]\ntrust_level = "untrusted"\n`,
    },
    {
      name: 'a Windows project folder',
      host: 'codex',
      code: '[projects.\'C:\\Users\\dev\\src\\app\']\ntrust_level = "trusted"\n',
    },
  ],
  invalid: [
    {
      name: 'the whole disk',
      host: 'codex',
      path: USER_CONFIG,
      code: '# trust everything\n[projects."/"]\ntrust_level = "trusted" # yolo\n',
      errors: [{ message: 'the whole disk', severity: 'warning', confidence: 'high', text: '"/"', line: 2 }],
      output: '# trust everything\n[projects."/"]\ntrust_level = "untrusted" # yolo\n',
    },
    {
      name: 'the home folder of this user config (trailing slash too)',
      host: 'codex',
      path: USER_CONFIG,
      code: `model = "o3"\n\n[projects."${HOME}/"]\ntrust_level = "trusted"\n\n[projects."${HOME}/code/app"]\ntrust_level = "trusted"\n`,
      errors: [{ message: 'your home folder', text: `"${HOME}/"`, line: 3 }],
      output: `model = "o3"\n\n[projects."${HOME}/"]\ntrust_level = "untrusted"\n\n[projects."${HOME}/code/app"]\ntrust_level = "trusted"\n`,
    },
    {
      name: 'a macOS home folder in a project file, inline table form',
      host: 'codex',
      code: 'projects = { "/Users/zhuyao" = { trust_level = "trusted" } }\n',
      errors: [{ message: 'a whole home folder', text: '"/Users/zhuyao"' }],
      output: 'projects = { "/Users/zhuyao" = { trust_level = "untrusted" } }\n',
    },
    {
      name: 'a Windows drive root',
      host: 'codex',
      code: '[projects.\'C:\\\']\ntrust_level = "trusted"\n',
      errors: [{ message: 'the whole disk', text: "'C:\\'" }],
    },
  ],
});
