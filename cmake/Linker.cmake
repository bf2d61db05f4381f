# lld links a debug test binary about five times faster than ld.bfd (1.2 s against 6.1 s for
# tst_moderationview), and the build links some ninety executables.
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" MM_HAVE_LLD)
if(MM_HAVE_LLD)
  add_link_options(-fuse-ld=lld)
endif()
