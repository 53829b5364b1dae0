"""Watching: follow sources on a schedule, digest what changed, raise alerts.

``config`` reads the sources file, ``poller`` runs one watch (poll, snapshot, digest,
alerts), ``scheduler`` repeats it, ``digest``/``snapshot`` say what changed, ``alerts``
matches rules and delivers them, ``render`` writes digests and the Atom feed is served
by ``laborwatch.web.watch``.
"""
