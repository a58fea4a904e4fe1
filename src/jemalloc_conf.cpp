// jemalloc's options for the release binary (linked only with DUES_JEMALLOC). Restoring a
// big ledger from its snapshot writes hundreds of megabytes of fresh memory, and a page
// fault for every 4 KiB of it was most of that time: with transparent huge pages for
// jemalloc's arenas (the kernel's "madvise" mode honours them) the faults drop about
// sevenfold and `aging` at 100k invoices takes a third of the CPU (bench/README.md).
// MALLOC_CONF in the environment still overrides this.
extern "C" {
// NOLINTNEXTLINE: jemalloc reads this global by name at start-up
const char* malloc_conf = "thp:always";
}
