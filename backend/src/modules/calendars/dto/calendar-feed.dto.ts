import { ApiProperty } from '@nestjs/swagger';

export class CalendarFeedView {
  @ApiProperty({
    description: 'The secret address of the member’s calendar feed (whoever holds it reads the feed)',
    example: 'https://bastide.example.fr/api/v1/calendar/3q2-7wEjc0A….ics',
  })
  url: string;
}
