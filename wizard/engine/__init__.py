"""The network engine: STUN probes over asyncio, with no Qt anywhere below this package.

Layers, each using only those before it: ``model`` (plain data and stable codes); the
pure, sans-IO decisions: ``evidence`` (how much a silence proves, from the controls),
``contacts`` (which port sent to whom, across runs), ``sequence`` (which request a port
sends next, what the answers mean, and which of the server's addresses it uses),
``classify`` (the verdict and the NAT summary over all ports) and ``results`` (a scan's
result assembled from what it found); then the I/O: ``transport`` (sockets and STUN
transactions over ``aioice.stun``), ``resolve`` (server names), ``holders`` (which
program holds a port), ``reserved`` (the port ranges Windows keeps for itself),
``probes`` (the server check, the controls, driving a sequence) and ``runner`` (a whole
scan, with progress events).
"""
