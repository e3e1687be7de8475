namespace Haltern.Bot.Redis;

/// <summary>
/// The Lua scripts of <see cref="RedisDirectLineConversationStore"/>: each change to a conversation is one script, so
/// two instances never interleave inside one (two appends get consecutive watermarks, in order). Times come from
/// Redis's own clock (<c>TIME</c>): the instances' clocks need not agree. Every key lies in one hash slot (<c>{dl}</c>).
/// </summary>
internal static class RedisDirectLineScripts
{
    /// <summary>Stands where the activity id goes in the JSON an append sends; the script puts the id there.</summary>
    public const string IdPlaceholder = "~directline-activity-id~";

    private const string Now = """
        local clock = redis.call('TIME')
        local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
        """;

    // KEYS: conversation, open set, client set. ARGV: id, user, client ('' = not capped), max, max per client,
    // unused timeout (ms), idle timeout (ms). Returns {1, user} started, {0, user} found, {-1} full, {-2} client full.
    public const string Start = Now + """
        if redis.call('EXISTS', KEYS[1]) == 1 then
          return {0, redis.call('HGET', KEYS[1], 'u')}
        end
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
        if ARGV[3] ~= '' then
          redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
          if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[5]) then return {-2} end
        end
        if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) then return {-1} end
        local expires = now + tonumber(ARGV[6])
        redis.call('HSET', KEYS[1], 'u', ARGV[2], 'cl', ARGV[3], 'used', '0', 'seq', '0', 'bytes', '0')
        redis.call('PEXPIRE', KEYS[1], ARGV[6])
        redis.call('ZADD', KEYS[2], expires, ARGV[1])
        if ARGV[3] ~= '' then
          redis.call('ZADD', KEYS[3], expires, ARGV[1])
          redis.call('PEXPIRE', KEYS[3], ARGV[7])
        end
        return {1, ARGV[2]}
        """;

    // KEYS: conversation, activities, open set. ARGV: id, by client ('1'/'0'), idle timeout (ms), unused timeout (ms),
    // the client sets' key prefix. Returns the user id, or nil when the conversation is gone.
    public const string Find = Now + """
        local c = redis.call('HMGET', KEYS[1], 'u', 'used', 'cl')
        if not c[1] then
          redis.call('ZREM', KEYS[3], ARGV[1])
          return false
        end
        local used = c[2]
        if ARGV[2] == '1' and used ~= '1' then
          redis.call('HSET', KEYS[1], 'used', '1')
          used = '1'
        end
        local ttl = tonumber(ARGV[4])
        if used == '1' then ttl = tonumber(ARGV[3]) end
        redis.call('PEXPIRE', KEYS[1], ttl)
        redis.call('PEXPIRE', KEYS[2], ttl)
        redis.call('ZADD', KEYS[3], now + ttl, ARGV[1])
        if c[3] and c[3] ~= '' then
          local client = ARGV[5] .. c[3]
          redis.call('ZADD', client, now + ttl, ARGV[1])
          redis.call('PEXPIRE', client, ARGV[3])
        end
        return c[1]
        """;

    // KEYS: conversation, activities. ARGV: activity JSON, keep its id ('1'/'0'), conversation id, max activities,
    // max bytes, channel, the id placeholder. Returns {watermark, id} ('' when the id was kept), or nil when the
    // conversation is gone.
    public const string Append = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return false end
        local seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
        local json = ARGV[1]
        local id = ''
        if ARGV[2] == '0' then
          id = ARGV[3] .. '|' .. string.format('%07d', seq)
          local at = string.find(json, ARGV[7], 1, true)
          if at then json = string.sub(json, 1, at - 1) .. id .. string.sub(json, at + #ARGV[7]) end
        end
        local entry = seq .. '|' .. json
        redis.call('RPUSH', KEYS[2], entry)
        local bytes = redis.call('HINCRBY', KEYS[1], 'bytes', #entry)
        local count = redis.call('LLEN', KEYS[2])
        while count > 1 and (count > tonumber(ARGV[4]) or bytes > tonumber(ARGV[5])) do
          bytes = redis.call('HINCRBY', KEYS[1], 'bytes', -#redis.call('LPOP', KEYS[2]))
          count = count - 1
        end
        redis.call('PEXPIRE', KEYS[2], redis.call('PTTL', KEYS[1]))
        redis.call('PUBLISH', ARGV[6], ARGV[3])
        return {seq, id}
        """;

    // KEYS: conversation, activities. Returns {watermark, activities} as one snapshot.
    public const string Read = """
        return {redis.call('HGET', KEYS[1], 'seq') or '0', redis.call('LRANGE', KEYS[2], 0, -1)}
        """;

    // KEYS: open set. Returns how many conversations are open now.
    public const string Count = Now + """
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
        return redis.call('ZCARD', KEYS[1])
        """;

    // KEYS: open set. Returns the ids of the conversations that expired, each to exactly one caller.
    public const string TakeExpired = Now + """
        local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, 1000)
        if #ids > 0 then redis.call('ZREM', KEYS[1], unpack(ids)) end
        return ids
        """;
}
