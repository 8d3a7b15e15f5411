// The plot maths the window's charts and the reports share: ticks, decimation, smoothing and the palette.
// One include for all of core/plot; each header also stands alone.
#pragma once

#include "core/plot/Decimation.h"
#include "core/plot/Palette.h"
#include "core/plot/Smoothing.h"
#include "core/plot/Ticks.h"
