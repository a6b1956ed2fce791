import test from 'ava';
import {sourceColorSlots} from '../../src/highlight/source-colors.js';
import {storyAttribution} from './fixture.js';

test('the sources with the most statements get the first colours; ties keep the order of first mention', t => {
	t.deepEqual([...sourceColorSlots(storyAttribution)], [['src2', 0], ['src1', 1], ['src3', 2], ['src4', 3], ['src5', 4], ['src6', 5]]);
});
