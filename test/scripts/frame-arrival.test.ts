import test from 'ava';
import {frameShows} from '../../scripts/frame-arrival.js';

const open = '\u001B[?2026h';
const close = '\u001B[?2026l';

test('a frame has arrived when the frame showing the pattern has closed', t => {
	t.is(frameShows(`${open}\u001B[1mpage 2/9\u001B[22m body`, /page 2\//), 'not-yet');
	t.is(frameShows(`${open}\u001B[1mpage 2/9\u001B[22m body${close}`, /page 2\//), 'arrived');
});

test('a closed frame that does not show the pattern does not count', t => {
	t.is(frameShows(`${open}page 1/9${close}${open}page 2/`, /page 2\//), 'not-yet');
	t.is(frameShows(`${open}page 1/9${close}${open}page 2/9${close}`, /page 2\//), 'arrived');
});

test('output without frame marks shows the pattern unframed', t => {
	t.is(frameShows('\u001B[?1049hWASHINGTON (Reuters)', /WASHINGTON/), 'unframed');
	t.is(frameShows('\u001B[?1049hloading', /WASHINGTON/), 'not-yet');
});
