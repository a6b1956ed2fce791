import test from 'ava';
import {clampTopLine, maxTopLine, pageCount, pageOf, pageTop, percentRead, topLineShowing} from '../../src/layout/layout.js';

test('page arithmetic keeps pages at fixed boundaries', t => {
	t.is(pageCount(0, 20), 1);
	t.is(pageCount(20, 20), 1);
	t.is(pageCount(21, 20), 2);
	t.is(pageOf(0, 20), 0);
	t.is(pageOf(19, 20), 0);
	t.is(pageOf(20, 20), 1);
	t.is(pageTop(3, 20), 60);
	t.is(maxTopLine(45, 20), 40);
	t.is(maxTopLine(40, 20), 20);
	t.is(clampTopLine(-3, 45, 20), 0);
	t.is(clampTopLine(44, 45, 20), 40);
	t.is(clampTopLine(25, 45, 20), 25);
});

test('topLineShowing moves only when the line is off screen, and then to its page', t => {
	t.is(topLineShowing(25, 22, 10), 22);
	t.is(topLineShowing(32, 22, 10), 30);
	t.is(topLineShowing(5, 22, 10), 0);
});

test('percent read reaches 100 on the last page', t => {
	t.is(percentRead(0, 10, 100), 10);
	t.is(percentRead(90, 10, 100), 100);
	t.is(percentRead(95, 10, 100), 100);
	t.is(percentRead(0, 10, 0), 100);
});
