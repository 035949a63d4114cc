"""The network engine: STUN probes over asyncio, with no Qt anywhere below this package.

Layers, each using only those before it: ``model`` (plain data and stable codes),
``classify`` (pure decisions), ``transport`` (sockets and STUN transactions over
``aioice.stun``), ``resolve`` (server names), ``holders`` (which program holds a port),
``probes`` (the tests one port runs) and ``runner`` (a whole scan, with progress events).
"""
