# The Debian package (`cpack -G DEB` in the build folder, or scripts/package): what `cmake --install` puts
# under /usr. Dependencies on shared libraries are computed by dpkg-shlibdeps from the installed programs; the
# list below holds only what it can't see (things loaded at run time, not linked).
set(TRAINSCOPE_PACKAGE_MAINTAINER "TrainScope developers <trainscope@localhost>" CACHE STRING
    "Maintainer field of the .deb (name <e-mail>)")

set(CPACK_PACKAGE_NAME trainscope)
set(CPACK_PACKAGE_VENDOR "The TrainScope developers")
set(CPACK_PACKAGE_CONTACT "${TRAINSCOPE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "train neural networks and watch them learn, live")
set(CPACK_PACKAGE_DESCRIPTION
    "TrainScope trains neural networks (MLPs, CNNs, text classifiers, small GPT language models) with LibTorch on\n"
    "IDX, CSV/TSV, image-folder and text data sets, and shows them learning: curves, confusion matrices,\n"
    "layer health, samples. trainscope-cli trains, evaluates and sweeps without a window.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # trainscope_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    # libtorch links libblas.so.3, which apt may satisfy with the reference BLAS, about 16x slower for training;
    # OpenBLAS (OpenMP) then takes the libblas.so.3 alternative.
    "libopenblas0-openmp")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    # the Chinese interface's glyphs on screen and in PDF reports
    "fonts-noto-cjk, "
    # Qt's own dialogs (file chooser, message boxes) in the interface's language
    "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS
    # the data set the app opens on its first start
    "dataset-fashion-mnist")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_RECOMMENDS "${CPACK_DEBIAN_PACKAGE_RECOMMENDS}")
include(CPack)
