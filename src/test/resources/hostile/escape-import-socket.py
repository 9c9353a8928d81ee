# Network access through socket.
import socket
print(socket.gethostname())
