// Whether this test binary is built with AddressSanitizer or
// ThreadSanitizer (GCC says so with __SANITIZE_*__, Clang with
// __has_feature): the sanitizers slow everything down several times and
// bring their own allocator, so some tests shrink their inputs or skip.
#ifndef REHOPE_TESTS_SANITIZERS_H_
#define REHOPE_TESTS_SANITIZERS_H_

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define REHOPE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define REHOPE_SANITIZED 1
#endif
#endif
#ifndef REHOPE_SANITIZED
#define REHOPE_SANITIZED 0
#endif

#endif  // REHOPE_TESTS_SANITIZERS_H_
