// Peak resident memory of this process, as the benchmarks report it.
#pragma once

#include <sys/resource.h>

inline long peakRssKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
