import http from 'node:http';

// The yardstick: the fastest a Node process on this machine answers HTTP at all.
const port = Number(process.env.PORT ?? 3999);
http
  .createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('hello');
  })
  .listen(port, '127.0.0.1', () => console.log(`baseline listening on ${port}`));
