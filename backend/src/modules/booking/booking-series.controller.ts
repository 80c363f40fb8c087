import { Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { BookingSeriesService } from './booking-series.service';
import {
  BookingSeriesCreated,
  BookingSeriesPage,
  CancelSeriesQuery,
  CreateBookingSeriesRequest,
  MySeriesQuery,
} from './dto/booking-series.dto';
import { checkedIdempotencyKey } from './idempotency-key';

@ApiTags('bookings')
@Controller()
export class BookingSeriesController {
  constructor(private readonly series: BookingSeriesService) {}

  @Post('booking-series')
  @Authenticated()
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key, same user: the first answer' })
  @ApiCreatedResponse({
    type: BookingSeriesCreated,
    description: 'Each date booked or reported as a conflict with its reason; never all or nothing',
  })
  create(
    @Body() request: CreateBookingSeriesRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<BookingSeriesCreated> {
    return this.series.create(request, principal, checkedIdempotencyKey(idempotencyKey));
  }

  @Delete('booking-series/:id')
  @Authenticated()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description:
      'Cancels the series’ bookings still to come (from/to: only those dates); 404 for anyone but its member',
  })
  async cancel(
    @Param('id') id: string,
    @Query() query: CancelSeriesQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.series.cancel(id, query, principal);
  }

  @Get('me/booking-series')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOkResponse({ type: BookingSeriesPage, description: 'The caller’s series, newest first, with their next dates' })
  mine(@Query() query: MySeriesQuery, @CurrentPrincipal() principal: Principal): Promise<BookingSeriesPage> {
    return this.series.listMine(principal, query);
  }
}
