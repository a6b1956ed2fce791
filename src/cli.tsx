// Placeholder entry point until the reader lands.
const fetchDescriptor = (globalThis as {__newsreadFetch?: PropertyDescriptor}).__newsreadFetch;
if (fetchDescriptor) {
	Object.defineProperty(globalThis, 'fetch', fetchDescriptor);
}

process.stdout.write('newsread\n');
