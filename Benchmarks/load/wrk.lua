-- wrk script for Benchmarks/load: POSTs request bodies taken in turn from a file (one JSON body per
-- line), and times every response itself, split by status class, because wrk's own latency figures
-- mix fast 429 refusals with served requests.
--
--   wrk -t N -c N -d 30s --timeout 30s -s wrk.lua URL -- BODIES_FILE
--
-- Needs one connection per thread (-t equal to -c): then request() and response() alternate on each
-- thread and the time between them is that request's latency. done() prints one line starting with
-- "RESULT " and a JSON object: requests, duration_s, rps, statuses (count per status code),
-- socket errors, and latency percentiles in ms for 2xx, 429 and other responses.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bagui_timespec;
  int clock_gettime(int clock, bagui_timespec *ts);
]]
local CLOCK_MONOTONIC = 1
local now_ts = ffi.new("bagui_timespec")
local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, now_ts)
  return tonumber(now_ts.tv_sec) * 1000 + tonumber(now_ts.tv_nsec) / 1e6
end

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  local file = assert(io.open(args[1], "r"), "cannot open the bodies file " .. tostring(args[1]))
  for line in file:lines() do
    if #line > 0 then table.insert(bodies, line) end
  end
  file:close()
  assert(#bodies > 0, "no request bodies in " .. args[1])
  -- Threads start at different places in the list so they do not send the same texts together.
  index = (id * 37) % #bodies
  statuses = {}
  lat_ok, lat_429, lat_other = {}, {}, {}
  started = nil
end

function request()
  index = index % #bodies + 1
  started = now_ms()
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, bodies[index])
end

function response(status, headers, body)
  local elapsed = started and (now_ms() - started) or nil
  started = nil
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
  if elapsed then
    if status >= 200 and status < 300 then
      lat_ok[#lat_ok + 1] = elapsed
    elseif status == 429 then
      lat_429[#lat_429 + 1] = elapsed
    else
      lat_other[#lat_other + 1] = elapsed
    end
  end
end

local function percentiles(values)
  local n = #values
  if n == 0 then return "null" end
  table.sort(values)
  local function at(p)
    local rank = math.max(1, math.ceil(p / 100 * n))
    return values[rank]
  end
  local sum = 0
  for i = 1, n do sum = sum + values[i] end
  return string.format('{"n":%d,"p50":%.3f,"p90":%.3f,"p99":%.3f,"max":%.3f,"mean":%.3f}',
    n, at(50), at(90), at(99), values[n], sum / n)
end

function done(summary, latency, requests)
  local statuses_all, ok, too_many, other = {}, {}, {}, {}
  for _, thread in ipairs(threads) do
    for key, count in pairs(thread:get("statuses")) do
      statuses_all[key] = (statuses_all[key] or 0) + count
    end
    for _, v in ipairs(thread:get("lat_ok")) do ok[#ok + 1] = v end
    for _, v in ipairs(thread:get("lat_429")) do too_many[#too_many + 1] = v end
    for _, v in ipairs(thread:get("lat_other")) do other[#other + 1] = v end
  end
  local parts = {}
  for key, count in pairs(statuses_all) do parts[#parts + 1] = string.format('"%s":%d', key, count) end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"duration_s":%.3f,"rps":%.2f,"statuses":{%s},' ..
    '"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d},' ..
    '"wrk_latency_ms":{"p50":%.3f,"p99":%.3f,"max":%.3f},' ..
    '"latency_ms":{"2xx":%s,"429":%s,"other":%s}}\n',
    summary.requests, seconds, summary.requests / seconds, table.concat(parts, ","),
    e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    percentiles(ok), percentiles(too_many), percentiles(other)))
end
