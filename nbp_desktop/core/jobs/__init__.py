"""The job engine: queue, journal, recovery, cost."""
