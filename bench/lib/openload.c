// Open-model load, compiled: requests start on a fixed schedule (rate per second) whatever the
// answers do, and each latency is measured from the moment its request was due (no coordinated
// omission), as wrk2 does. It replaces openload.mjs, whose own p99 against nginx's static reply was
// 5-30 ms at the rates measured (bench/NOTES.md): a generator that slow hides the latency it measures.
//
// One thread, epoll, HTTP/1.1 keep-alive, at most --sockets connections: a request that falls due
// while every connection is busy waits in a queue (its clock already running) or opens a new one.
// A periodic timerfd ticks at the request interval; every tick sends what is due.
//
// cc -O2 -o openload openload.c -lm
// openload --url http://127.0.0.1:8080/graphql --body FILE --rate N --duration S [--sockets 64]
// prints one JSON line: rate, duration, sent, ok, errors, achievedRate, p50, p90, p99, max (ms), maxScheduleLagMs
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

typedef struct {
  int fd;
  int connected;   // the non-blocking connect has completed
  int busy;        // a request is on the wire or waiting for the connect
  double due;      // when the request on it fell due (ms)
  size_t sent;     // bytes of the request written
  char *buf;       // the response read so far
  size_t len, cap;
} conn_t;

static char *request;
static size_t request_len;
static struct sockaddr_in addr;
static conn_t *conns;
static int nconns, max_conns, epfd;
static double *latencies;
static long ok_count, errors, finished, total;
static double *queue;  // due times of requests waiting for a connection (FIFO)
static long q_head, q_tail;

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void die(const char *what) {
  perror(what);
  exit(2);
}

static void watch(conn_t *c, uint32_t events, int op) {
  struct epoll_event ev = { .events = events, .data.ptr = c };
  if (epoll_ctl(epfd, op, c->fd, &ev) < 0) die("epoll_ctl");
}

static void open_conn(conn_t *c) {
  c->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (c->fd < 0) die("socket");
  int one = 1;
  setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  c->connected = 0;
  c->len = 0;
  if (connect(c->fd, (struct sockaddr *) &addr, sizeof addr) < 0 && errno != EINPROGRESS) die("connect");
  watch(c, EPOLLOUT | EPOLLIN, EPOLL_CTL_ADD);
}

static void write_request(conn_t *c) {
  while (c->sent < request_len) {
    ssize_t n = write(c->fd, request + c->sent, request_len - c->sent);
    if (n < 0) {
      if (errno == EAGAIN) {
        watch(c, EPOLLIN | EPOLLOUT, EPOLL_CTL_MOD);
        return;
      }
      return;  // the read side sees the failure
    }
    c->sent += (size_t) n;
  }
  watch(c, EPOLLIN, EPOLL_CTL_MOD);
}

static void start(conn_t *c, double due) {
  c->busy = 1;
  c->due = due;
  c->sent = 0;
  c->len = 0;
  if (c->connected) write_request(c);
}

// Sends a request that fell due at `due`: on an idle connection, on a new one, or queued.
static void dispatch(double due) {
  for (int i = 0; i < nconns; i++) {
    if (!conns[i].busy && conns[i].fd >= 0) {
      start(&conns[i], due);
      return;
    }
  }
  if (nconns < max_conns) {
    conn_t *c = &conns[nconns++];
    open_conn(c);
    start(c, due);
    return;
  }
  queue[q_tail++] = due;
}

// A response is complete. A connection the server said it closes ("Connection: close", as Tomcat
// says after a keep-alive connection's last allowed request) is replaced before it is used again.
static void complete(conn_t *c, int status, int closing) {
  double latency = now_ms() - c->due;
  if (status == 200) latencies[ok_count++] = latency;
  else errors++;
  finished++;
  c->busy = 0;
  if (closing) {
    epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    open_conn(c);
  }
  if (q_head < q_tail) start(c, queue[q_head++]);
}

// The length of a complete response at the start of buf, or 0 if more is needed; its status in
// *status, and in *closing whether the server closes the connection after it.
static size_t parse(const char *buf, size_t len, int *status, int *closing) {
  const char *end = memmem(buf, len, "\r\n\r\n", 4);
  if (!end) return 0;
  size_t head = (size_t) (end - buf) + 4;
  if (len < 12) return 0;
  *status = atoi(buf + 9);
  long content_length = -1;
  int chunked = 0;
  *closing = 0;
  for (const char *line = memchr(buf, '\n', head) + 1; line < buf + head - 2;) {
    const char *eol = memchr(line, '\n', (size_t) (buf + head - line));
    if (!eol) break;
    if (!strncasecmp(line, "content-length:", 15)) content_length = atol(line + 15);
    else if (!strncasecmp(line, "transfer-encoding:", 18) && memmem(line, (size_t) (eol - line), "chunked", 7)) chunked = 1;
    else if (!strncasecmp(line, "connection:", 11) && memmem(line, (size_t) (eol - line), "close", 5)) *closing = 1;
    line = eol + 1;
  }
  if (!chunked) {
    if (content_length < 0) content_length = 0;
    return len >= head + (size_t) content_length ? head + (size_t) content_length : 0;
  }
  size_t at = head;
  for (;;) {
    const char *eol = memmem(buf + at, len - at, "\r\n", 2);
    if (!eol) return 0;
    size_t size = strtoul(buf + at, NULL, 16);
    at = (size_t) (eol - buf) + 2;
    if (size == 0) {
      // Trailers, if any, end with an empty line.
      const char *fin = memmem(buf + at - 2, len - (at - 2), "\r\n\r\n", 4);
      return fin ? (size_t) (fin - buf) + 4 : 0;
    }
    if (len < at + size + 2) return 0;
    at += size + 2;
  }
}

// Completes every whole response read on the connection; 1 when it was replaced by a new one.
static int drain(conn_t *c) {
  int status = 0, closing = 0;
  size_t used;
  while (c->busy && (used = parse(c->buf, c->len, &status, &closing)) > 0) {
    memmove(c->buf, c->buf + used, c->len - used);
    c->len -= used;
    complete(c, status, closing);
    if (closing) return 1;
  }
  return 0;
}

static void on_event(conn_t *c, uint32_t events) {
  if (!c->connected && (events & (EPOLLOUT | EPOLLERR | EPOLLHUP))) {
    int err = 0;
    socklen_t l = sizeof err;
    getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &l);
    if (err) {
      fprintf(stderr, "connect: %s\n", strerror(err));
      exit(2);
    }
    c->connected = 1;
    if (c->busy) write_request(c);
    else watch(c, EPOLLIN, EPOLL_CTL_MOD);
    return;
  }
  if ((events & EPOLLOUT) && c->busy && c->sent < request_len) write_request(c);
  if (!(events & (EPOLLIN | EPOLLHUP | EPOLLERR))) return;
  for (;;) {
    if (c->cap - c->len < 65536) {
      c->cap = c->cap ? c->cap * 2 : 131072;
      c->buf = realloc(c->buf, c->cap);
      if (!c->buf) die("realloc");
    }
    ssize_t n = read(c->fd, c->buf + c->len, c->cap - c->len);
    if (n > 0) {
      c->len += (size_t) n;
      continue;
    }
    if (n < 0 && errno == EAGAIN) break;
    // Closed by the server (Tomcat closes a keep-alive connection after its last allowed request,
    // having answered it) or failed: the answer read before the close counts; a request still
    // without one is an error. Then a new connection takes the queue.
    if (drain(c)) return;
    epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    if (c->busy) {
      c->busy = 0;
      errors++;
      finished++;
    }
    open_conn(c);
    if (q_head < q_tail) start(c, queue[q_head++]);
    return;
  }
  drain(c);
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double pct(const double *sorted, long n, double p) {
  if (n == 0) return NAN;
  long i = (long) ceil(p / 100.0 * (double) n) - 1;
  if (i > n - 1) i = n - 1;
  if (i < 0) i = 0;
  return sorted[i];
}

static void print_number(const char *name, double x, int last) {
  if (isnan(x)) printf("\"%s\":null%s", name, last ? "" : ",");
  else printf("\"%s\":%.3f%s", name, x, last ? "" : ",");
}

int main(int argc, char **argv) {
  const char *url = NULL, *body_file = NULL;
  double rate = 0, duration = 0;
  max_conns = 64;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--url")) url = argv[i + 1];
    else if (!strcmp(argv[i], "--body")) body_file = argv[i + 1];
    else if (!strcmp(argv[i], "--rate")) rate = atof(argv[i + 1]);
    else if (!strcmp(argv[i], "--duration")) duration = atof(argv[i + 1]);
    else if (!strcmp(argv[i], "--sockets")) max_conns = atoi(argv[i + 1]);
    else { fprintf(stderr, "unknown argument %s\n", argv[i]); return 2; }
  }
  char host[256], path[2048];
  int port = 80;
  if (!url || !body_file || rate <= 0 || duration <= 0
      || sscanf(url, "http://%255[^:/]:%d%2047s", host, &port, path) != 3) {
    fprintf(stderr, "usage: openload --url http://HOST:PORT/PATH --body FILE --rate N --duration S [--sockets 64]\n");
    return 2;
  }
  FILE *f = fopen(body_file, "rb");
  if (!f) die(body_file);
  fseek(f, 0, SEEK_END);
  long body_len = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *body = malloc((size_t) body_len + 1);
  if (fread(body, 1, (size_t) body_len, f) != (size_t) body_len) die("read body");
  fclose(f);
  request = malloc((size_t) body_len + 4096);
  int head = snprintf(request, 4096, "POST %s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: application/json\r\n"
      "Content-Length: %ld\r\nConnection: keep-alive\r\n\r\n", path, host, port, body_len);
  memcpy(request + head, body, (size_t) body_len);
  request_len = (size_t) head + (size_t) body_len;

  memset(&addr, 0, sizeof addr);
  addr.sin_family = AF_INET;
  addr.sin_port = htons((uint16_t) port);
  if (inet_pton(AF_INET, strcmp(host, "localhost") ? host : "127.0.0.1", &addr.sin_addr) != 1) {
    fprintf(stderr, "host must be an IPv4 address: %s\n", host);
    return 2;
  }

  total = lround(rate * duration);
  if (total < 1) total = 1;
  latencies = calloc((size_t) total, sizeof *latencies);
  queue = calloc((size_t) total, sizeof *queue);
  conns = calloc((size_t) max_conns, sizeof *conns);
  for (int i = 0; i < max_conns; i++) conns[i].fd = -1;
  epfd = epoll_create1(0);
  if (epfd < 0) die("epoll_create1");

  double interval = 1000.0 / rate;
  int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
  if (tfd < 0) die("timerfd_create");
  long tick_ns = (long) (interval * 1e6);
  if (tick_ns < 50000) tick_ns = 50000;
  struct itimerspec spec = { .it_interval = { tick_ns / 1000000000L, tick_ns % 1000000000L },
                             .it_value = { 0, 20000000 } };
  double t0 = now_ms() + 20;
  if (timerfd_settime(tfd, 0, &spec, NULL) < 0) die("timerfd_settime");
  struct epoll_event tev = { .events = EPOLLIN, .data.ptr = NULL };
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, tfd, &tev) < 0) die("epoll_ctl timer");

  long next = 0;
  double max_lag = 0, deadline = t0 + (duration + 20) * 1000;
  struct epoll_event events[256];
  while (finished < total && now_ms() < deadline) {
    int n = epoll_wait(epfd, events, 256, 100);
    if (n < 0 && errno != EINTR) die("epoll_wait");
    for (int i = 0; i < n; i++) {
      if (events[i].data.ptr == NULL) {
        uint64_t expirations;
        if (read(tfd, &expirations, sizeof expirations) < 0 && errno != EAGAIN) die("timerfd read");
        double now = now_ms();
        while (next < total && t0 + (double) next * interval <= now) {
          double due = t0 + (double) next * interval;
          if (now - due > max_lag) max_lag = now - due;
          dispatch(due);
          next++;
        }
        if (next >= total) {
          epoll_ctl(epfd, EPOLL_CTL_DEL, tfd, NULL);
        }
      }
      else {
        on_event(events[i].data.ptr, events[i].events);
      }
    }
  }
  double elapsed = (now_ms() - t0) / 1000.0;
  qsort(latencies, (size_t) ok_count, sizeof *latencies, cmp);
  printf("{\"rate\":%g,\"duration\":%g,\"sent\":%ld,\"ok\":%ld,\"errors\":%ld,", rate, duration, next, ok_count,
      errors + (next - finished));
  print_number("achievedRate", ok_count / elapsed, 0);
  print_number("p50", pct(latencies, ok_count, 50), 0);
  print_number("p90", pct(latencies, ok_count, 90), 0);
  print_number("p99", pct(latencies, ok_count, 99), 0);
  print_number("max", ok_count ? latencies[ok_count - 1] : NAN, 0);
  print_number("maxScheduleLagMs", max_lag, 1);
  printf("}\n");
  return 0;
}
