// Imported by sidebar/list tests that check colours. Ink colours through chalk's shared default instance,
// whose level was fixed when ava (which also uses chalk) loaded in a worker without a terminal, so every
// colour would be dropped; raising the level here turns them back on for this test file's process.
import chalk from 'chalk';

chalk.level = 3;
