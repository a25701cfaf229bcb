#include <gtest/gtest.h>
TEST(Placeholder, normalize) { GTEST_SKIP() << "filled by its unit"; }
