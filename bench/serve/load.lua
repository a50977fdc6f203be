-- wrk script for bench/serve_load.sh: cycles over the lines of a file, each thread from its
-- own starting point. Mode "search": a line is a query for /api/search?q=; mode "documents":
-- a line is a document id for /api/documents/{id}.
--   wrk -t2 -c16 -d20s --latency -s bench/serve/load.lua http://127.0.0.1:PORT -- search bench/serve/queries.txt

local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  mode = args[1]
  paths = {}
  for line in io.lines(args[2]) do
    if #line > 0 then
      if mode == "search" then
        table.insert(paths, "/api/search?q=" .. encode(line) .. "&limit=10")
      else
        table.insert(paths, "/api/documents/" .. encode(line))
      end
    end
  end
  index = (id * 7) % #paths
  errors = 0
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end
