// A stand-in for the network, preloaded (LD_PRELOAD) into the programs under test: every
// socket() for an Internet or packet address family is written to $SEAGULL_NONET_LOG and
// refused. Local sockets (AF_UNIX: the display, D-Bus) pass. Linux test support only.
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

extern "C" int socket(int domain, int type, int protocol)
{
    if (domain == AF_INET || domain == AF_INET6 || domain == AF_PACKET) {
        const char *log = std::getenv("SEAGULL_NONET_LOG");
        if (log) {
            int fd = open(log, O_WRONLY | O_CREAT | O_APPEND, 0644);
            if (fd >= 0) {
                char line[64];
                const int n = std::snprintf(line, sizeof line, "socket domain=%d pid=%d\n", domain, int(getpid()));
                if (n > 0 && write(fd, line, size_t(n)) < 0)
                    errno = EACCES;
                close(fd);
            }
        }
        errno = EACCES;
        return -1;
    }
    using Socket = int (*)(int, int, int);
    const auto real = reinterpret_cast<Socket>(dlsym(RTLD_NEXT, "socket"));
    return real ? real(domain, type, protocol) : -1;
}
