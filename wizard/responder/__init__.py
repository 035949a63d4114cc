"""The responder: a small server a support team runs on an internet host with one public
IPv4, which probes the wizard's own public address from outside on request.

``wizard.responder.protocol`` is the wire format, shared by the server
(``wizard.responder.server``) and the wizard's client (``wizard.engine.witness``). No Qt
anywhere in this package.
"""
