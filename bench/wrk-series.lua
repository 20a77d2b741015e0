-- Rotates wrk over many dyad series: every dyad listed in a saved /api/dyads answer, each over the last 30, 90 and
-- 365 days before its last day, so no two consecutive requests ask for the same series (the measure is the uncached
-- path, not one warm URL). Usage (docs/benchmarks.md):
--   curl -s 'http://127.0.0.1:5080/api/dyads?limit=200' > /tmp/dyads.json
--   wrk -t2 -c16 -d10s --timeout 5s -s bench/wrk-series.lua http://127.0.0.1:5080 -- /tmp/dyads.json

local paths = {}
local next_path = 1

local function day_before(iso, days)
  local y, m, d = iso:match("(%d+)-(%d+)-(%d+)")
  -- Noon UTC keeps the arithmetic clear of any time-zone or leap-second edge.
  local t = os.time({ year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12 })
  return os.date("%Y-%m-%d", t - days * 86400)
end

function init(args)
  local file = assert(io.open(args[1] or "/tmp/dyads.json", "r"), "give the saved /api/dyads answer after --")
  local json = file:read("*a")
  file:close()
  for actor, recipient, last in json:gmatch('"actor":"([^"]+)","recipient":"([^"]+)".-"last":"([%d-]+)"') do
    for _, days in ipairs({ 30, 90, 365 }) do
      paths[#paths + 1] = string.format("/api/dyads/%s/%s/series?from=%s&to=%s", actor, recipient, day_before(last, days - 1), last)
    end
  end
  assert(#paths > 0, "no dyads found in " .. (args[1] or "/tmp/dyads.json"))
  -- Each connection's thread starts at its own place in the list.
  math.randomseed(os.time() + tostring({}):len() + math.floor(os.clock() * 1e6))
  next_path = math.random(#paths)
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
