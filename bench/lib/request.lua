-- wrk: POST the request body in $BODY (a file), or, without it, GET $REQUEST_PATH with the headers
-- in $REQUEST_HEADERS (lines "Name: value"); print one JSON line of results. No response() hook,
-- which would make wrk itself the bottleneck: what came back is judged by its bytes per response
-- (a 304 carries no body) and checked once before the load.
local body = os.getenv("BODY")
if body and body ~= "" then
  local f = assert(io.open(body, "rb"))
  wrk.method = "POST"
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = "application/json"
else
  wrk.method = "GET"
  wrk.path = os.getenv("REQUEST_PATH")
  for name, value in string.gmatch(os.getenv("REQUEST_HEADERS") or "", "([^:\n]+):%s*([^\n]*)") do
    wrk.headers[name] = value
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"bytes":%d,"rps":%.2f,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"mean":%.1f,"p50":%d,"p90":%d,"p99":%d,"max":%d}}\n',
    summary.requests, summary.duration, summary.bytes, summary.requests / (summary.duration / 1e6),
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
