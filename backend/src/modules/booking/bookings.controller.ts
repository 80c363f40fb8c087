import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Public, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { InvalidInput } from '../../common/problem/domain-error';
import { AvailabilityService } from './availability.service';
import { BookingService } from './booking.service';
import {
  AvailabilityPage,
  AvailabilityQuery,
  BookingPage,
  SiteBookingPage,
  BookingView,
  CancelBookingRequest,
  CreateBookingRequest,
  MyBookingsQuery,
  SiteBookingsQuery,
} from './dto/booking.dto';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

@ApiTags('bookings')
@Controller()
export class BookingsController {
  constructor(
    private readonly bookings: BookingService,
    private readonly availability: AvailabilityService,
  ) {}

  @Get('availability')
  @Public()
  @ApiOkResponse({ type: AvailabilityPage, description: 'Published sites open then, with their free resources' })
  search(@Query() query: AvailabilityQuery): Promise<AvailabilityPage> {
    return this.availability.search(query);
  }

  @Post('bookings')
  @Authenticated()
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key, same user: the first answer' })
  @ApiCreatedResponse({ type: BookingView })
  book(
    @Body() request: CreateBookingRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<BookingView> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new InvalidInput([{ field: 'Idempotency-Key', message: 'must be 1 to 200 printable ASCII characters' }]);
    }
    return this.bookings.book(request, principal, idempotencyKey);
  }

  @Get('me/bookings')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOkResponse({ type: BookingPage })
  mine(@Query() query: MyBookingsQuery, @CurrentPrincipal() principal: Principal): Promise<BookingPage> {
    return this.bookings.listMine(principal, query);
  }

  @Get('sites/:id/bookings')
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @ApiOkResponse({ type: SiteBookingPage, description: 'Who is booked that day, with their names' })
  forSite(
    @Param('id') id: string,
    @Query() query: SiteBookingsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SiteBookingPage> {
    return this.bookings.listForSite(id, query, principal);
  }

  @Post('bookings/:id/cancel')
  @Authenticated()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: BookingView })
  @ApiBody({ type: CancelBookingRequest, required: false })
  cancel(
    @Param('id') id: string,
    @Body() request: CancelBookingRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<BookingView> {
    return this.bookings.cancel(id, principal, request?.reason ?? null);
  }

  @Post('bookings/:id/no-show')
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: BookingView,
    description: 'The site’s team marks a started booking whose holder did not come; its place goes to the waitlist',
  })
  noShow(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<BookingView> {
    return this.bookings.markNoShow(id, principal);
  }

  @Post('bookings/:id/check-in')
  @Authenticated()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: BookingView })
  checkIn(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<BookingView> {
    return this.bookings.checkIn(id, principal);
  }
}
